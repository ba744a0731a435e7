// Real mail, seventy-third round (December 2026): genuine list posts whose list footers talk about
// accounts, cards and logins, after the new list-footer-lure rule (lib/findings/list.ts lureTarget,
// lib/auth/footer-markup.ts footerLure: a footer, undone to verify the author's signature, that says
// card / password / log in / sign in / mot de passe / Passwort … and gives an address or page that is
// neither in the list's List-* fields nor the From domain's is a medium concern). Each case is a list
// that keeps the author's From (no DMARC mitigation), tags the subject, appends its footer (breaking
// the author's signature; the list's changes undone, it verifies) and seals i=1 recording the
// author's pass; Gmail reads dkim=fail, arc=pass, dmarc=fail. Wanted: never spoofed; unverified with
// list-modified is honest, and the footer's stock wording is no lure.
// Layouts: Mailman 2.1 fields and footer as test/corpus/list-shapes.ts (Mailman's documentation);
// groups.io's plain-text footer ("Groups.io Links: You receive all messages sent to this group. /
// View/Reply Online (#n) / Mute This Topic / Group Owner / Unsubscribe / [member address]") and
// fields (List-Id <group.groups.io>, List-Owner/Subscribe/Unsubscribe mailto group+owner@ …) recalled
// from public groups.io raw posts; LISTSERV's mailto-only List-* fields (OWNER-LIST@LISTSERV.…) as
// list-shapes.ts; Sympa's List-* fields (mailto:sympa@… ?subject=…, List-Archive /sympa/arc/) from
// Sympa's documentation (sympa.community, "Message personalization" / rfc2369 headers); Google
// Groups' German footer ("Sie haben diese Nachricht erhalten, weil Sie Mitglied der Google
// Groups-Gruppe …") from public archives; Discourse's mailing-list-mode footer ("Visit Topic or
// reply to this email to respond … To unsubscribe from these emails, click here") from Discourse's
// own notification templates. Gmail's delivery as test/corpus/receivers.ts gmailDelivery.
// Names and addresses are documentation ones, Google's and groups.io's aside.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { authenticZone, emitCase, legitCorpus, ptr } from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { READER_MX } from '../rounds-kit';

/**
 * Cases HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
// All five read "suspicious" only because of list-footer-lure (lib/findings/list.ts listRule ->
// lureTarget; lib/auth/footer-markup.ts footerLure); every other finding is the genuine list's
// usual set (dmarc-fail, dkim-fail, list-modified, return-path-differs, low ones). Wanted: unverified
// with list-modified, as the corpus reads genuine list posts.
// - rw73-gmail-google-group-german-stock-footer-group-named-passwort: "passwort" (the group's
//   title, "Passwort-Manager Stammtisch", in Google's STOCK footer) and the target
//   passwort-manager-stammtisch+unsubscribe@googlegroups.com: Google's footer gives the group's
//   +unsubscribe subaddress, while its List-Unsubscribe names googlegroups-manage+…; lureTarget
//   only exempts the exact List-* addresses. Fix A: an address whose host equals the host of a
//   List-* mailto: address and whose local part, cut at the first "+", is that address's local
//   part cut the same way (the list's own subaddresses: group+unsubscribe@, group+owner@) is the
//   list's own. Risk: none found: on googlegroups.com/groups.io another group's address has another
//   local part (card-desk@googlegroups.com still fires); on an attacker's own host his desk is not
//   a subaddress of his list's address.
// - rw73-gmail-google-group-german-footer-mitglieder-login-club-site: "login" and first target the
//   same +unsubscribe subaddress (Fix A); past it, https://www.tsv-beispiel.example/login (the club's
//   own site, the group owner's footer line "Login für Mitglieder") would still fire. Fix B:
//   login/log in/sign in alone are no scare (they are how every list tells members to manage a
//   subscription); count them only with an account-state word (blocked, locked, suspended, frozen,
//   verify, refund, gesperrt, bloqué…) in the same footer, while card/password/IBAN words keep
//   counting alone. Risk: an attacker's footer that only says "Sign in at https://his-page" no
//   longer reads list-footer-lure (the post still reads unverified with list-modified, never
//   authenticated); probe75's "Card blocked? Write to card-desk@…" still fires (card, blocked).
// - rw73-gmail-groupsio-footer-password-note-member-address: "password" (the owner's rule "never
//   post your password or log-in details to the group") and the target robin.reader@gmail.com: the
//   reader's own address, which groups.io prints in brackets under every footer. Fix C: drop from
//   footerLure's targets the message's own recipients (Delivered-To, To, Cc, X-Original-To); the
//   reader is sent nowhere by his own address. Risk: none (an attacker gains nothing by naming the
//   reader). With Fix C alone the case reads unverified (groups.io's own links are List-* hosts).
// - rw73-gmail-listserv-sign-in-manage-subscription-host-only-in-mailto: "sign in" and the target
//   listserv.example.edu, the LISTSERV web interface on the very host every List-* mailto:
//   (HIST-L-unsubscribe-request@LISTSERV.EXAMPLE.EDU, LISTSERV@…) names; lureTarget adds only the
//   whole address of a mailto:, not its host. Fix D: also add the host of each List-* mailto:
//   address to the list's own names (exact host, not its organisation). Risk: an attacker's own
//   list can already link pages on its host through List-Archive (Mailman writes it), so this adds
//   nothing he lacks; his desk on another name (card-desk@attacker.example) still fires. Fix B
//   would clear it too.
// - rw73-gmail-credit-union-member-list-never-ask-card-report-phishing: "card" (in "Harbor CU will
//   never ask for your card number, PIN or password by email") and abuse@credit-union-it.example,
//   the list host's organisation's abuse desk, in no List-* field. The lead chose (09:10) not to
//   exempt the list host's organisation (the attacker's list names his own desk beside it), so the
//   narrowing is in the words. Fix E: a lure word in a sentence that negates it ("never ask / never
//   send / will never", "nie", "jamais", "nunca") or a target introduced by "report phishing/abuse
//   to" does not count. Risk: real; an attacker may write his lure in a negated sentence ("Never
//   ignore a blocked card: write to card-desk@…"); limit E to sentences whose target is an abuse@/
//   phishing@/security@ role address, which keeps probe75 and that rewording firing, and accept
//   that an attacker using abuse@his-domain escapes the finding (still unverified, never
//   authenticated). If the lead prefers, this case may stay pending (a footer of a third party's
//   address beside "card" is what probe75 is).
// Fixed at 09:22 on 2026-12-05 (lib/findings/list.ts lureTarget; lib/auth/footer-markup.ts
// FOOTER_LURE): a `+` form of the list's posting address on its host is the list's own (Google's
// `group+unsubscribe@`), so is the host of a List-* mailto (LISTSERV's web pages) and the reader's own
// address (groups.io); signing in and logging in are no scare words: the Google Group, club login,
// groups.io and LISTSERV cases read unverified.
// Kept out by choice (the lead, 09:22): a desk of the list's own organisation named beside a scare
// word ("never send passwords … report to security@openproj.example"; "we will never ask for your
// card … report phishing to abuse@credit-union-it.example") reads suspicious: the attacker's own list
// names his desk the same way (probe75), and exempting role addresses or negated sentences is his to
// copy (README, "What still fools").
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'rw73-gmail-mailman21-security-list-never-send-passwords-security-desk',
  'rw73-gmail-credit-union-member-list-never-ask-card-report-phishing',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const GMAIL = ['--webmail', 'gmail'];
/** A genuine list post, the author's signature verifying with the list's changes undone; no lure read. */
const LISTED_CLEAN: CaseExpectation = {
  verdict: 'unverified',
  findings: ['list-modified'],
  absentFindings: ['list-footer-lure'],
};
/** A genuine post from the forum's own address: authenticated, no lure. */
const CLEAN: CaseExpectation = { verdict: 'authenticated', absentFindings: ['list-footer-lure'] };

interface Author {
  name: string;
  domain: string;
  ip: string;
}
interface ListSpec {
  host: string;
  ip: string;
  envelope: string;
  tag: string;
  fields: string[];
  footer: string;
  /** Google Groups: signed d=googlegroups.com and sealed by google.com, as Google does. */
  google?: boolean;
}
interface Case {
  name: string;
  about: string;
  author: Author;
  subject: string;
  body: string;
  list: ListSpec;
  to?: string;
  expect?: CaseExpectation;
}

const AUTHORS = {
  kim: { name: 'Kim Okafor', domain: 'okafor-dev.example', ip: '203.0.113.31' },
  ines: { name: 'Inès Marchand', domain: 'marchand-lab.example', ip: '203.0.113.32' },
  jo: { name: 'Jo van Dijk', domain: 'uni-leiden.example', ip: '198.51.100.33' },
  pat: { name: 'Pat Lindqvist', domain: 'harborcu.example', ip: '198.51.100.34' },
  uwe: { name: 'Uwe Brandt', domain: 'brandt-family.example', ip: '203.0.113.35' },
  lea: { name: 'Léa Dubois', domain: 'labo-dubois.example', ip: '203.0.113.36' },
  mia: { name: 'Mia Costa', domain: 'costa-works.example', ip: '203.0.113.37' },
  ana: { name: 'Ana Ribeiro', domain: 'ribeiro-net.example', ip: '203.0.113.38' },
} satisfies Record<string, Author>;

const GROUPS_IO_IP = '66.175.222.108';
const LISTS = {
  groupsio: { host: 'groups.io', ip: GROUPS_IO_IP },
  secure: { host: 'lists.openproj.example', ip: '192.0.2.73' },
  listserv: { host: 'listserv.example.edu', ip: '192.0.2.74' },
  cu: { host: 'lists.credit-union-it.example', ip: '198.51.100.73' },
  sympa: { host: 'listes.univ-exemple.example', ip: '192.0.2.75' },
  mm3: { host: 'lists.cardfw.example', ip: '192.0.2.76' },
  es: { host: 'listas.comunidad.example', ip: '192.0.2.77' },
};
const GOOGLE_IP = '209.85.160.63';
const FORUM = 'forum.riverside-makers.example';
const FORUM_IP = '192.0.2.78';

const ZONE: Record<string, unknown> = {
  ...READER_MX,
  ...Object.fromEntries(Object.values(AUTHORS).flatMap((a) => Object.entries(authenticZone(a.domain, a.ip)))),
  ...keyZone([
    ...Object.values(LISTS).map((l) => `arc._domainkey.${l.host}`),
    'arc-20240605._domainkey.google.com',
    '20230601._domainkey.googlegroups.com',
    `s1._domainkey.${FORUM}`,
  ]),
  ...Object.fromEntries(Object.values(LISTS).map((l) => [l.host, { TXT: [`v=spf1 ip4:${l.ip} ~all`] }])),
  'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  [FORUM]: { TXT: [`v=spf1 ip4:${FORUM_IP} -all`] },
  [`_dmarc.${FORUM}`]: { TXT: ['v=DMARC1; p=reject'] },
  ...Object.assign({}, ...Object.values(LISTS).map((l) => ptr(l.ip, `mail.${l.host}`))),
  ...ptr(FORUM_IP, `mail.${FORUM}`),
  ...ptr(GOOGLE_IP, 'mail-qt1-x83f.google.com'),
};

const authorInto = (a: Author, by: string, id: string) =>
  `Received: from mail.${a.domain} (mail.${a.domain} [${a.ip}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 10:00:02 +0000`;

async function authorPost(c: Case, n: number): Promise<string> {
  return signCorpus(
    submitted({
      from: `${c.author.name} <${c.author.name
        .split(' ')[0]!
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}@${c.author.domain}>`,
      to: c.to ?? `${c.list.envelope.split('-')[0]}@${c.list.host}`,
      subject: c.subject,
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
      messageId: `<rw73.${n}.${c.author.domain}>`,
      body: c.body,
    }),
    { domain: c.author.domain, selector: 's1' },
  );
}

/** The list's re-post: subject tag, footer appended, its fields, sealed i=1 with the author's pass. */
async function repost(c: Case, n: number): Promise<string> {
  const signed = await authorPost(c, n);
  const tagged = signed
    .replace(`Subject: ${c.subject}`, `Subject: ${c.list.tag} ${c.subject}`)
    .concat(`\r\n${c.list.footer}`);
  const listed = onTop(
    tagged,
    ...c.list.fields,
    authorInto(c.author, c.list.google ? 'mx.google.com' : c.list.host, `4ZtR73a0${n}`),
  );
  if (c.list.google)
    return sealCorpus(await signCorpus(listed, { domain: 'googlegroups.com', selector: '20230601' }), {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `gmr-mx.google.com; dkim=pass header.i=@${c.author.domain} header.s=s1; spf=pass (google.com: domain of ${c.author.name.split(' ')[0]!.toLowerCase()}@${c.author.domain} designates ${c.author.ip} as permitted sender) smtp.mailfrom=${c.author.name.split(' ')[0]!.toLowerCase()}@${c.author.domain}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${c.author.domain}`,
    });
  return sealCorpus(listed, {
    domain: c.list.host,
    cv: 'none',
    authResults: `${c.list.host};\r\n       dkim=pass header.d=${c.author.domain} header.s=s1;\r\n       spf=pass smtp.mailfrom=${c.author.domain};\r\n       dmarc=pass header.from=${c.author.domain}`,
  });
}

function atGmail(raw: string, c: Case, n: number): string {
  const ip = c.list.ip;
  const relay = c.list.google
    ? { helo: 'mail-qt1-x83f.google.com', rdns: 'mail-qt1-x83f.google.com', ip }
    : { helo: `mail.${c.list.host}`, rdns: `mail.${c.list.host}`, ip };
  return gmailDelivery(raw, {
    relay,
    envelope: c.list.envelope,
    spf: 'pass',
    ids: [`x73csp10${n}pxa`, `a73si10${n}qtb.73`],
    deliveredTo: true,
    results: `${c.list.google ? `${gmailDkim('googlegroups.com', '20230601')}\r\n       ` : ''}dkim=fail header.i=@${c.author.domain} header.s=s1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 spf=pass spfdomain=${c.author.domain} dkim=pass dkdomain=${c.author.domain} dmarc=pass fromdomain=${c.author.domain});\r\n       ${gmailSpf(c.list.envelope, ip)}\r\n       ${gmailDmarc(c.author.domain, 'REJECT', 'fail')} arc=pass`,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  for (const c of cases()) {
    n++;
    emitCase(write, {
      name: c.name,
      about: `${c.about}. The list keeps the author's From, tags the subject, appends the footer (the author's signature breaks; with the list's changes undone it verifies) and seals i=1 recording the author's pass; Gmail records dkim=fail, arc=pass, SPF pass for the list's envelope ${c.list.envelope}, dmarc=fail (p=REJECT). Read in Gmail (--webmail gmail), online. Wanted: never spoofed; unverified with list-modified, and no list-footer-lure: the footer's wording is the list's own stock text`,
      class: 'list-footer-lure-genuine',
      args: GMAIL,
      eml: atGmail(await repost(c, n), c, n),
      zone: ZONE,
      expect: c.expect ?? LISTED_CLEAN,
    });
  }
  // Discourse in mailing-list mode: the forum sends from its own address and signs itself; its
  // footer says "log in" beside its own pages. No restore: the rule never runs; pinned authenticated.
  const forumPost = await signCorpus(
    onTop(
      submitted({
        from: `Mia Costa via Riverside Makers <notifications@${FORUM}>`,
        to: GMAIL_TO,
        subject: '[Riverside Makers] [Laser cutter] Booking the laser for December',
        messageId: `<topic/412/1877@${FORUM}>`,
        extraHeaders: [
          `Reply-To: Riverside Makers <replies+7f3a9c@${FORUM}>`,
          `List-ID: Riverside Makers | Laser cutter <laser-cutter.${FORUM}>`,
          `List-Archive: https://${FORUM}/t/booking-the-laser-for-december/412`,
          `List-Unsubscribe: <https://${FORUM}/email/unsubscribe/5e1d0c7b2a>`,
          'Precedence: list',
          'Auto-Submitted: auto-generated',
        ],
        body: `The booking sheet for December is up; please keep slots to two hours.\r\n\r\n---\r\n[Visit Topic](https://${FORUM}/t/booking-the-laser-for-december/412/3) or reply to this email to respond.\r\n\r\nYou are receiving this because you enabled mailing list mode. Log in to change your email preferences at https://${FORUM}/my/preferences/emails.\r\n\r\nTo unsubscribe from these emails, [click here](https://${FORUM}/email/unsubscribe/5e1d0c7b2a).\r\n`,
      }),
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby mail.${FORUM} (Postfix) with ESMTP id 4ZtR73f01;\r\n\tFri, 20 Nov 2026 10:00:01 +0000`,
    ),
    { domain: FORUM, selector: 's1' },
  );
  emitCase(write, {
    name: 'rw73-gmail-discourse-mailing-list-mode-log-in-footer-own-forum',
    about: `A Discourse forum (${FORUM}) in mailing-list mode sends Mia's post from its own address ("Mia Costa via Riverside Makers" <notifications@${FORUM}>), signed d=${FORUM}, with Discourse's footer ("Visit Topic … Log in to change your email preferences at https://${FORUM}/my/preferences/emails … To unsubscribe from these emails, click here") and List-ID/List-Archive/List-Unsubscribe naming its own pages. Gmail: dkim=pass, SPF pass, dmarc=pass. Read in Gmail, online. Wanted: authenticated, no list-footer-lure (nothing was undone; the forum's own pages)`,
    class: 'list-footer-lure-genuine',
    args: GMAIL,
    eml: gmailDelivery(forumPost, {
      relay: { helo: `mail.${FORUM}`, rdns: `mail.${FORUM}`, ip: FORUM_IP },
      envelope: `notifications@${FORUM}`,
      spf: 'pass',
      ids: ['x73csp1099pxa', 'a73si1099qtb.73'],
      deliveredTo: true,
      results: `${gmailDkim(FORUM, 's1')}\r\n       ${gmailSpf(`notifications@${FORUM}`, FORUM_IP)}\r\n       ${gmailDmarc(FORUM, 'REJECT', 'pass')}`,
    }),
    zone: ZONE,
    expect: CLEAN,
  });
}

/** Google Groups' fields for group `gg`, as a public archive's raw copy shows them. */
const googleFields = (gg: string, sender: string) => [
  `X-Original-Sender: ${sender}`,
  'Precedence: list',
  `Mailing-list: list ${gg}@googlegroups.com; contact ${gg}+owners@googlegroups.com`,
  `List-ID: <${gg}.googlegroups.com>`,
  `List-Post: <https://groups.google.com/group/${gg}/post>, <mailto:${gg}@googlegroups.com>`,
  `List-Help: <https://groups.google.com/support/>, <mailto:${gg}+help@googlegroups.com>`,
  `List-Archive: <https://groups.google.com/group/${gg}>`,
  `List-Unsubscribe: <mailto:googlegroups-manage+881273+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/${gg}/subscribe>`,
];

/** Google Groups' stock footer in German for group `gg` titled `title`. */
const googleFooterDe = (gg: string, title: string, msgid: string) =>
  `-- \r\nSie haben diese Nachricht erhalten, weil Sie Mitglied der Google Groups-Gruppe "${title}" sind.\r\nWenn Sie sich von dieser Gruppe abmelden und keine E-Mails mehr von dieser Gruppe erhalten möchten, senden Sie eine E-Mail an ${gg}+unsubscribe@googlegroups.com.\r\nUm diese Diskussion im Web anzusehen, besuchen Sie https://groups.google.com/d/msgid/${gg}/${msgid}.\r\n`;

function cases(): Case[] {
  const g = 'ham-digital';
  const gio = LISTS.groupsio.host;
  const sec = LISTS.secure.host;
  const ls = LISTS.listserv.host;
  const cu = LISTS.cu.host;
  const sy = LISTS.sympa.host;
  const mm3 = LISTS.mm3.host;
  const es = LISTS.es.host;
  const gg = 'tsv-beispiel-tischtennis';
  const pm = 'passwort-manager-stammtisch';
  return [
    {
      name: 'rw73-gmail-google-group-german-stock-footer-group-named-passwort',
      about: `Ana (d=${AUTHORS.ana.domain}, p=reject) posts to the Google Group ${pm}@googlegroups.com (title "Passwort-Manager Stammtisch", a users' meetup about password managers); Google keeps her From, tags the subject, signs d=googlegroups.com, seals i=1 recording her pass and adds only its stock German footer, which names the group ("… Mitglied der Google Groups-Gruppe "Passwort-Manager Stammtisch" sind …") and Google's own unsubscribe address ${pm}+unsubscribe@googlegroups.com, a subaddress of the list's own List-Post address`,
      author: AUTHORS.ana,
      subject: 'Nächstes Treffen: 3. Dezember',
      body: 'Wir treffen uns am 3. Dezember um 19 Uhr im Café am Markt.\r\n',
      to: `${pm}@googlegroups.com`,
      list: {
        host: 'googlegroups.com',
        ip: GOOGLE_IP,
        envelope: `${pm}+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB74@googlegroups.com`,
        tag: '[PM-Stammtisch]',
        google: true,
        fields: googleFields(pm, `ana@${AUTHORS.ana.domain}`),
        footer: googleFooterDe(pm, 'Passwort-Manager Stammtisch', `rw73.1.${AUTHORS.ana.domain}`),
      },
    },
    {
      name: 'rw73-gmail-google-group-german-footer-mitglieder-login-club-site',
      about: `Uwe (d=${AUTHORS.uwe.domain}, p=reject) posts to the club's Google Group ${gg}@googlegroups.com; Google keeps his From (the group's DMARC setting rewrites only when asked), tags the subject, signs d=googlegroups.com and seals i=1 recording his pass, and adds the German footer: the group owner's line "Login für Mitglieder (Hallenplan, Beiträge): https://www.tsv-beispiel.example/login" above Google's stock "Sie haben diese Nachricht erhalten, weil Sie Mitglied der Google Groups-Gruppe … sind … senden Sie eine E-Mail an ${gg}+unsubscribe@googlegroups.com" — the club's own site, in no List-* field and not the author's domain`,
      author: AUTHORS.uwe,
      subject: 'Training am Donnerstag fällt aus',
      body: 'Die Halle ist am Donnerstag belegt, das Training fällt aus.\r\n\r\nGruß, Uwe\r\n',
      to: `${gg}@googlegroups.com`,
      list: {
        host: 'googlegroups.com',
        ip: GOOGLE_IP,
        envelope: `${gg}+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB73@googlegroups.com`,
        tag: '[TSV TT]',
        google: true,
        fields: googleFields(gg, `uwe@${AUTHORS.uwe.domain}`),
        footer: `Login für Mitglieder (Hallenplan, Beiträge): https://www.tsv-beispiel.example/login\r\n\r\n${googleFooterDe(gg, 'TSV Tischtennis', `rw73.2.${AUTHORS.uwe.domain}`)}`,
      },
    },
    {
      name: 'rw73-gmail-groupsio-footer-password-note-member-address',
      about: `Kim (d=${AUTHORS.kim.domain}, p=reject) posts to the groups.io group ${g}@groups.io; groups.io keeps her From and adds the group's footer: the owner's note ("Never post your password or log-in details to the group") above groups.io's stock links (View/Reply Online, Mute This Topic, Group Owner ${g}+owner@groups.io, Unsubscribe) and the member's own address in brackets [${GMAIL_TO}]`,
      author: AUTHORS.kim,
      subject: 'FT8 decode drops after the 2.7 update',
      body: 'Since updating to 2.7 my decodes drop every few minutes. Anyone else?\r\n\r\n73, Kim\r\n',
      to: `${g}@groups.io`,
      list: {
        ...LISTS.groupsio,
        envelope: `bounce+5a1c2e+98765+1234567@groups.io`,
        tag: `[${g}]`,
        fields: [
          `Sender: ${g}@groups.io`,
          `List-Id: <${g}.groups.io>`,
          `Mailing-List: list groups.io; contact ${g}+owner@groups.io`,
          `List-Post: <mailto:${g}@groups.io>`,
          `List-Help: <mailto:${g}+help@groups.io>`,
          `List-Owner: <mailto:${g}+owner@groups.io>`,
          `List-Subscribe: <mailto:${g}+subscribe@groups.io>`,
          `List-Unsubscribe: <mailto:${g}+unsubscribe@groups.io>, <https://${gio}/g/${g}/leave/11223344/5a1c2e/98765>`,
          'Precedence: Bulk',
        ],
        footer: `Group rule 4: never post your password or log-in details to the group.\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#4521): https://groups.io/g/${g}/message/4521\r\nMute This Topic: https://groups.io/mt/106331245/98765\r\nGroup Owner: ${g}+owner@groups.io\r\nUnsubscribe: https://groups.io/g/${g}/leave/11223344/5a1c2e/98765/xyzzy [${GMAIL_TO}]\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n`,
      },
    },
    {
      name: 'rw73-gmail-mailman21-security-list-never-send-passwords-security-desk',
      about: `Ines (d=${AUTHORS.ines.domain}, p=reject), a maintainer writing from her own domain, posts an advisory to the Mailman 2.1 list security-announce@${sec}; the list's footer is Mailman's stock block plus the project's note "Never send passwords or private keys to this list. Report vulnerabilities privately to security@openproj.example" (the project's desk, not the list host's own address nor the author's)`,
      author: AUTHORS.ines,
      subject: 'CVE-2026-41177: path traversal in the archive extractor',
      body: 'Versions before 3.4.2 follow ../ in archive member names. Fixed in 3.4.2; upgrade.\r\n',
      list: {
        ...LISTS.secure,
        envelope: `security-announce-bounces@${sec}`,
        tag: '[openproj-security]',
        fields: mailmanHeaders('security-announce', sec, 'Openproj security announcements'),
        footer: `${mailmanFooter('security-announce', sec, 'Openproj security announcements')}Never send passwords or private keys to this list. Report vulnerabilities privately to security@openproj.example\r\n`,
      },
    },
    {
      name: 'rw73-gmail-listserv-sign-in-manage-subscription-host-only-in-mailto',
      about: `Jo (d=${AUTHORS.jo.domain}, p=reject) posts to the university LISTSERV list HIST-L@LISTSERV.EXAMPLE.EDU; its List-* fields are LISTSERV's mailto ones (HIST-L-subscribe-request@, HIST-L-unsubscribe-request@, LISTSERV@) plus List-Archive on lists-archive.example.edu, and its footer reads "To unsubscribe or to sign in and manage your subscription, visit https://${ls}/cgi-bin/wa?SUBED1=HIST-L&A=1" — the web interface of the same LISTSERV host the mailto fields name`,
      author: AUTHORS.jo,
      subject: 'CFP: Maritime trade networks, 1600-1800',
      body: 'Call for papers: abstracts of 300 words by 15 January.\r\n',
      to: 'HIST-L@LISTSERV.EXAMPLE.EDU',
      list: {
        ...LISTS.listserv,
        envelope: `owner-hist-l@${ls}`,
        tag: '[HIST-L]',
        fields: [
          'Sender: History discussion list <HIST-L@LISTSERV.EXAMPLE.EDU>',
          'Reply-To: History discussion list <HIST-L@LISTSERV.EXAMPLE.EDU>',
          'List-Help: <mailto:LISTSERV@LISTSERV.EXAMPLE.EDU?body=INFO%20HIST-L>',
          'List-Subscribe: <mailto:HIST-L-subscribe-request@LISTSERV.EXAMPLE.EDU>',
          'List-Unsubscribe: <mailto:HIST-L-unsubscribe-request@LISTSERV.EXAMPLE.EDU>',
          'List-Owner: <mailto:HIST-L-request@LISTSERV.EXAMPLE.EDU>',
          'List-Archive: <https://lists-archive.example.edu/archives/hist-l.html>',
        ],
        footer: `########################################################################\r\n\r\nTo unsubscribe or to sign in and manage your subscription, visit:\r\nhttps://${ls}/cgi-bin/wa?SUBED1=HIST-L&A=1\r\n`,
      },
    },
    {
      name: 'rw73-gmail-credit-union-member-list-never-ask-card-report-phishing',
      about: `Pat (d=${AUTHORS.pat.domain}, the credit union's own domain, p=reject) posts the members' newsletter to the credit union's Mailman 2.1 list members@${cu}, hosted by its IT provider; the footer adds "Harbor CU will never ask for your card number, PIN or password by email. Report phishing to abuse@credit-union-it.example" — the provider's abuse desk, on the list host's organisation but named in no List-* field, and not the From domain's`,
      author: AUTHORS.pat,
      subject: 'Branch hours over the holidays',
      body: 'All branches close at 13:00 on 24 and 31 December.\r\n',
      list: {
        ...LISTS.cu,
        envelope: `members-bounces@${cu}`,
        tag: '[Harbor CU members]',
        fields: mailmanHeaders('members', cu, 'Harbor CU members'),
        footer: `${mailmanFooter('members', cu, 'Harbor CU members')}Harbor CU will never ask for your card number, PIN or password by email.\r\nReport phishing to abuse@credit-union-it.example\r\n`,
      },
    },
    {
      name: 'rw73-gmail-mailman3-card-reader-project-list-title-says-card',
      about: `Mia (d=${AUTHORS.mia.domain}, p=reject) posts to a Mailman 3 list of an open card-reader firmware project (cardfw-users@${mm3}); the footer is Mailman 3's stock one ("Card reader firmware users -- cardfw-users@${mm3} / To unsubscribe send an email to cardfw-users-leave@${mm3}"): the word card is the project's name, every address the list's own List-* ones`,
      author: AUTHORS.mia,
      subject: 'Firmware 1.9 flashing on the R3 board',
      body: 'Flashing 1.9 on R3 works with the new bootloader; the old one bricks it.\r\n',
      list: {
        ...LISTS.mm3,
        envelope: `cardfw-users-bounces@${mm3}`,
        tag: '[cardfw-users]',
        fields: [
          `List-Id: Card reader firmware users <cardfw-users.${mm3}>`,
          `List-Archive: <https://${mm3}/hyperkitty/list/cardfw-users@${mm3}/>`,
          `List-Help: <mailto:cardfw-users-request@${mm3}?subject=help>`,
          `List-Owner: <mailto:cardfw-users-owner@${mm3}>`,
          `List-Post: <mailto:cardfw-users@${mm3}>`,
          `List-Subscribe: <mailto:cardfw-users-join@${mm3}>`,
          `List-Unsubscribe: <mailto:cardfw-users-leave@${mm3}>`,
          'X-Mailman-Version: 3.3.9',
          'Precedence: list',
        ],
        footer: `_______________________________________________\r\nCard reader firmware users -- cardfw-users@${mm3}\r\nTo unsubscribe send an email to cardfw-users-leave@${mm3}\r\n`,
      },
    },
    {
      name: 'rw73-gmail-sympa-french-se-connecter-mot-de-passe-own-portal',
      about: `Léa (d=${AUTHORS.lea.domain}, p=reject) posts to the Sympa list doctorants@${sy}; Sympa's footer in French: "Pour gérer votre abonnement, se connecter (mot de passe oublié ?) sur https://${sy}/sympa/info/doctorants", the same host as the List-Archive field`,
      author: AUTHORS.lea,
      subject: 'Séminaire des doctorants, jeudi 14h',
      body: 'Le séminaire a lieu jeudi à 14h en salle B204.\r\n',
      list: {
        ...LISTS.sympa,
        envelope: `doctorants-owner@${sy}`,
        tag: '[doctorants]',
        fields: [
          `List-Id: <doctorants.${sy}>`,
          `List-Help: <mailto:sympa@${sy}?subject=help>`,
          `List-Subscribe: <mailto:sympa@${sy}?subject=subscribe%20doctorants>`,
          `List-Unsubscribe: <mailto:sympa@${sy}?subject=unsubscribe%20doctorants>`,
          `List-Post: <mailto:doctorants@${sy}>`,
          `List-Owner: <mailto:doctorants-request@${sy}>`,
          `List-Archive: <https://${sy}/sympa/arc/doctorants>`,
          'Precedence: list',
        ],
        footer: `--\r\nPour gérer votre abonnement, se connecter (mot de passe oublié ?) sur\r\nhttps://${sy}/sympa/info/doctorants\r\n`,
      },
    },
    {
      name: 'rw73-gmail-spanish-list-contrasena-footer-own-listinfo',
      about: `Ana (d=${AUTHORS.ana.domain}, p=reject) posts to a Spanish Mailman 2.1 community list socios@${es}; the footer (Mailman's stock block) adds "Para cambiar su contraseña o darse de baja: https://${es}/mailman/options/socios", the page its List-Unsubscribe field names`,
      author: AUTHORS.ana,
      subject: 'Asamblea de socios el sábado',
      body: 'La asamblea será el sábado a las 11h en el local.\r\n',
      list: {
        ...LISTS.es,
        envelope: `socios-bounces@${es}`,
        tag: '[Socios]',
        fields: mailmanHeaders('socios', es, 'Socios'),
        footer: `${mailmanFooter('socios', es, 'Socios')}Para cambiar su contraseña o darse de baja: https://${es}/mailman/options/socios\r\n`,
      },
    },
  ];
}
