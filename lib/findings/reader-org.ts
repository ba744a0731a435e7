// An outsider named after the reader's own organisation's desk ("Tidewater IT Helpdesk" on a free
// mailbox, a platform's "via" or an instance not the organisation's): display-name-reader-org.

import { hostKey } from '../dns/name';
import { msg } from '../i18n/message';
import { parseMailboxes } from '../message/addresses';
import type { Finding } from '../types';
import { dmarcState } from './auth-state';
import {
  COMPANY_FORMS,
  DESK_PHRASES,
  DESK_WORDS,
  GENERIC_DESK_WORDS,
  gluedDesk,
  MONEY_WORDS,
  nameWords,
  ORG_DESK_PHRASES,
  SYSTEM_WORDS,
  splitCamel,
  tradeNameAfter,
} from './desk-words';
import { brandOfDomain, orgDomain, orgLabel, sameOrg } from './domains';
import { isSignUpDomain, MAIL_TENANT_PARENTS, signUpDomain } from './freemail';
import { listEvidence, listFromRewrite, listHost } from './list-evidence';
import { lookalikeReason } from './lookalike';
import {
  ACCOUNT_REPLY_PLATFORMS,
  addressUsersName,
  CUSTOMERS_PLATFORMS,
  INSTANCE_PLATFORMS,
  NEWSLETTER_HOSTS,
  notifierUsersName,
  PLATFORM_VIA,
  storeSender,
  VERIFIED_ADDRESS_VIA,
  WHOLE_NAME_PLATFORMS,
} from './platforms';
import { readerOrganisations } from './reader-domain';
import type { FindingRule } from './rule';
import { texts } from './text';
import { looseSkeleton, nameSkeleton, skeletonVariants } from './visible-text';

/** The shortest name of the reader's organisation read as a word in a platform user's name. */
const MIN_READER_WORD = 5;

/** "X on behalf of Y" in the interface's languages: Y. */
const ON_BEHALF =
  /\b(?:on[\s-]+behalf[\s-]+of|obo|im Auftrag von|i\. ?A\. ?v\.|de la part de|en nombre de)\s+(.+)$/i;

/**
 * The name an outsider chose for himself, where the From's own organisation is not the one
 * naming it: a free mailbox's whole name (`"Tidewater IT Helpdesk" <tidewater.it@gmail.com>`, the
 * classic business-email lure), a newsletter host's whole name, or the part before a platform's or
 * a brand's "via" ("… (via Google Docs)", "… via DocuSign"). A tenant of a mail platform
 * (contoso.onmicrosoft.com) is read where its mail came from outside the receiver.
 */
function outsidersName(
  from: { domain: string; displayName: string; address?: string },
  inside: boolean,
  readerLabels: () => readonly string[],
  repliesElsewhere = false,
): string | null {
  // "Marcus Hale on behalf of Tidewater Finance": the words Outlook draws for a Sender, written
  // into a name by its sender, whatever the domain (probe83).
  const behalf = ON_BEHALF.exec(from.displayName);
  if (behalf?.[1]?.trim()) return behalf[1].trim();
  const signUp = signUpDomain(from.domain);
  const kind = signUp?.kind;
  const org = orgDomain(from.domain);
  if (kind === 'freemail' || NEWSLETTER_HOSTS.has(org) || WHOLE_NAME_PLATFORMS.has(org))
    return from.displayName.trim() || null;
  // The IETF's From rewrite (`"Name" <local=40domain@dmarc.ietf.org>`): its open lists keep the
  // name any subscriber chose (red-team round 227: "Reader Payroll" from the attacker's own
  // address, handed on and signed by ietf.org).
  if (org === 'ietf.org' && from.address && /=40[^@]+@/.test(from.address))
    return from.displayName.trim() || null;
  // Google Calendar's invitations under the organiser's whole name (probe108).
  const invited = from.address ? addressUsersName(from.address, from.displayName, repliesElsewhere) : null;
  if (invited) return invited;
  // A SharePoint share's or a Teams chat's notice under its user's name (probe91, probe95), a
  // store's mail under the store's (probe96: "Tidewater Accounts Payable" on Shopify).
  const notifier = notifierUsersName(hostKey(from.domain), org, from.displayName);
  if (notifier) return notifier.name || null;
  if (from.address && storeSender(org, from.address)) return from.displayName.trim() || null;
  // An instance platform writing from the instance's own name (tidewater@service-now.com): the
  // reader's own firm's instance when that name is his organisation's, anyone's otherwise
  // (dev12345@service-now.com, a free developer instance: real-mail round 82).
  if (INSTANCE_PLATFORMS.has(org) && from.address) {
    const local = from.address
      .slice(0, from.address.lastIndexOf('@'))
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    if (readerLabels().some((l) => instanceOf(org, local, l.replace(/-/g, '')))) return null;
    // A Workday tenant named by the initials of the name it writes ("Tidewater Community College
    // Accounts Payable" <tcc@myworkday.com>) is that organisation's own: Workday is sold, never
    // signed up for (real-mail round 114).
    if (org === 'myworkday.com' && initialsOf(from.displayName, local)) return null;
    return from.displayName.trim() || null;
  }
  if (signUp && kind === 'tenant') {
    // A mail platform's tenant (tidewaterit.onmicrosoft.com) handed over from outside: anyone's
    // (probe82); the reader's own tenant's mail never leaves the receiver. A help desk's tenant
    // named as the reader's organisation (tidewater.zendesk.com) is its own desk writing to staff.
    if (inside) return null;
    const host = hostKey(from.domain) ?? '';
    const tenant =
      host
        .slice(0, Math.max(0, host.length - signUp.provider.length - 1))
        .split('.')
        .pop() ?? '';
    if (!MAIL_TENANT_PARENTS.has(signUp.provider) && readerLabels().includes(tenant)) return null;
    return from.displayName.trim() || null;
  }
  if (kind || !(CUSTOMERS_PLATFORMS.has(org) || brandOfDomain(org))) return null;
  return PLATFORM_VIA.exec(from.displayName)?.[1]?.trim() || null;
}

/**
 * Whether `local` names the instance of organisation `label` on platform `org`: the name itself,
 * or on ServiceNow, which names the instances it sells, the name with an environment's suffix
 * (tidewaterprod, tidewaterdev2: real-mail round 111); a free developer instance is `dev<digits>`.
 */
function instanceOf(org: string, local: string, label: string): boolean {
  if (local === label) return true;
  if (!local.startsWith(label)) return false;
  const rest = local.slice(label.length);
  if (org === 'service-now.com' && /^(?:prod|dev|test|uat|qa|stage|staging|sbx|sandbox)\d{0,2}$/.test(rest))
    return true;
  // Workday and ServiceNow, sold to organisations only (ServiceNow's free instances are
  // dev<digits>), name an instance after its customer's legal name (tidewaterhealth for Tidewater
  // Health, tidewatermarine: real-mail rounds 114, 115); a desk's word glued on (tidewaterpayroll,
  // tidewaterhelp) is no legal name.
  return !DESK_WORDS.has(rest) && !GENERIC_DESK_WORDS.has(rest);
}

/** Whether `local` is the initials of two or more leading words of `name` ("tcc": Tidewater Community College). */
function initialsOf(name: string, local: string): boolean {
  if (local.length < 2) return false;
  const initials = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
  return initials.startsWith(local);
}

/**
 * Whether `name` holds `label` with a desk's word anywhere in the name, a generic one ("team",
 * "office") right beside it, or either glued to it ("TidewaterIT"); read as written and as drawn
 * (look-alike letters from other alphabets: "Tid\u0435water", probe82), without accents.
 */
/** A word as written and as the name rules' skeleton readings write it ("council" → "councll"). */
function readingsOf(word: string): string[] {
  return [word, nameSkeleton(word).toLowerCase(), looseSkeleton(nameSkeleton(word))];
}

function namesDeskOf(name: string, label: string): boolean {
  const labels = new Set(readingsOf(label));
  for (const reading of new Set([name, ...skeletonVariants(name)]))
    for (const l of labels) if (deskBeside(reading, l)) return true;
  return false;
}

/**
 * The words with the organisation's name written apart joined back into one ("Tide Water Payroll"
 * to a reader at tidewater.example: red-team round 113): two or three words in a row that make
 * the label whole. deskBeside counts such a name only when every other word is a desk's or a
 * company form ("San Jose State University Payroll" is another organisation's: red-team round 115).
 */
function joinedName(words: string[], label: string): string[] {
  if (words.includes(label)) return words;
  for (let i = 0; i < words.length; i++)
    for (let n = 2; n <= 3 && i + n <= words.length; n++)
      if (words.slice(i, i + n).join('') === label)
        return [...words.slice(0, i), label, ...words.slice(i + n)];
  return words;
}

/** A word of a desk, of an HR desk's two-word name, or a company form. */
function deskOrForm(w: string): boolean {
  return (
    DESK_WORDS.has(w) || GENERIC_DESK_WORDS.has(w) || COMPANY_FORMS.has(w) || ORG_DESK_PHRASE_WORDS.has(w)
  );
}
const ORG_DESK_PHRASE_WORDS: ReadonlySet<string> = new Set(ORG_DESK_PHRASES.flatMap((p) => p.split(' ')));

function deskBeside(name: string, label: string): boolean {
  const desk = (w: string) => DESK_WORDS.has(w) || GENERIC_DESK_WORDS.has(w);
  const glued = (w: string) =>
    w !== label &&
    ((w.startsWith(label) && desk(w.slice(label.length))) ||
      (w.endsWith(label) && desk(w.slice(0, w.length - label.length))));
  const asLabel = (w: string) =>
    w.startsWith(label) && COMPANY_FORMS.has(w.slice(label.length)) ? label : w;
  const wordsOf = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(asLabel);
  if (wordsOf(name).some(glued)) return true;
  // Camel case and a capital run before a word ("TidewaterHRPortal": red-team round 123).
  const written = wordsOf(splitCamel(name));
  const words = joinedName(written, label);
  if (words !== written && !words.every((w) => w === label || deskOrForm(w) || SYSTEM_WORDS.has(w)))
    return false;
  if (words.some(glued)) return true;
  const at = words.indexOf(label);
  if (at < 0) return false;
  if (words.some((w) => DESK_WORDS.has(w))) return true;
  const text = ` ${words.join(' ')} `;
  if (ORG_DESK_PHRASES.some((p) => text.includes(` ${p} `))) return true;
  // A generic word right beside the name (after a company form: "Tidewater Group Office"), unless
  // a trade's or a club's word follows: "Tidewater Office", "Team Tidewater", "Tidewater Staff Pay
  // Review", "Tidewater Email Password Expiry"; not the shop "Tidewater Office Supply" or the club
  // "Team Tidewater Triathlon Club" (real-mail rounds 115, 117; red-team round 122: a list of desk
  // words after it let any other word through).
  let next = at + 1;
  while (COMPANY_FORMS.has(words[next] ?? '')) next++;
  const before = words[at - 1] ?? '';
  const after = words[next] ?? '';
  return (
    (GENERIC_DESK_WORDS.has(before) && !tradeNameAfter(words, at + 1, before)) ||
    (GENERIC_DESK_WORDS.has(after) && !tradeNameAfter(words, next + 1, after))
  );
}

/**
 * An outsider named after the reader's own organisation's desk: "Tidewater IT Helpdesk (via Google
 * Docs)" or `"Tidewater IT Helpdesk" <…@gmail.com>` to a reader at tidewater.example (red-team
 * rounds 80 and 81), the internal-IT or payroll lure on mail its platform really sent. The
 * organisation's name must stand beside a desk's word (a surname that is also the organisation's
 * name is a person's). A colleague sharing from the organisation's own account names it in
 * Reply-To (Google, DocuSign and PayPal reply to the user's own address), so a Reply-To of the
 * reader's organisation clears it; a list (List-Id) posts its members' names.
 */
function readerNamedByPlatformUser(
  ctx: Parameters<FindingRule>[0],
  from: { domain: string; displayName: string; address?: string },
): { word: string; user: string; org: string; reader: string; behalf: boolean } | null {
  // Read only once a name is an outsider's (most messages' are not): the organisations of the
  // reader other than the sender's own.
  let known: string[] | null = null;
  const readers = () =>
    (known ??= readerOrganisations(ctx.message, ctx.analysis.hops, ctx.options.recipientDomains).filter(
      (d) => !sameOrg(d, from.domain),
    ));
  const labels = () => readers().map((d) => orgLabel(orgDomain(d)));
  const user = outsidersName(
    from,
    ctx.analysis.origin.insideReceiver === true,
    labels,
    repliesOutside(ctx, from.domain),
  );
  if (!user || readers().length === 0) return null;
  // A list's From rewrite vouches for neither name in it: the part before "via" is the name its
  // poster chose (real-mail round 119: an outsider's Gmail named "Tidewater IT Helpdesk" posting
  // to a group he made), and on a public list host the group's own name is whatever its maker
  // typed ("'Bob Hale' via Tidewater IT Helpdesk": red-team round 124). Both are read as any
  // platform user's, unless the poster is the reader's own organisation's, as the list itself
  // wrote it (postersDomains); a retirees' or alumni group's name is a community's.
  // A poster whose own organisation's name holds the word (a partner, tidewater-logistics.example,
  // posting as "Tidewater Logistics IT": real-mail round 90) names his own firm; a look-alike
  // domain is lookalike-domain's to say.
  let names: Array<{ text: string; own?: string }> = [{ text: user }];
  if (listDelivered(ctx, from.domain)) {
    // A newsletter host's publication (Substack adds `List-Id: <sub.substack.com>` to every post)
    // is its account, named as its maker chose, as an open group's is (red-team round 130).
    const host = orgDomain(from.domain);
    const open = PUBLIC_LIST_HOSTS.has(host) || NEWSLETTER_HOSTS.has(host) || WHOLE_NAME_PLATFORMS.has(host);
    // The rewrite as listFromRewrite reads it (the author named in Reply-To, Cc or X-Original-*),
    // or on a public host any "<poster> via <group>" name (an address with no name beside it).
    const rewrite = listFromRewrite(ctx.message);
    // Google Groups' and groups.io's "<poster> via <group>" only: a newsletter's name with "via" in
    // it is one its maker typed whole ("IT Helpdesk via Tidewater": red-team round 134).
    const via =
      rewrite || !PUBLIC_LIST_HOSTS.has(host) ? null : /^(.+?)\s+via\s+(.+)$/i.exec(from.displayName.trim());
    const author =
      rewrite?.author ??
      via?.[1]
        ?.trim()
        .replace(/^'(.*)'$/, '$1')
        .trim();
    const group = rewrite?.listName ?? via?.[2]?.trim();
    if (!open && !rewrite) return null;
    if (author && group) {
      const poster = postersDomains(ctx, author, rewrite?.authorAddress ?? null);
      if (poster.written.length > 0 && poster.all.every((d) => readers().some((r) => sameOrg(r, d))))
        return null;
      const own = ownFirmName(author, poster.written);
      names = [{ text: author, ...(own ? { own } : {}) }];
      if (open && !community(group, labels(), true)) names.push({ text: group });
    } else if (community(from.displayName, labels(), true)) return null;
  }
  // The reader's own colleague on a platform that writes the account's own, confirmed address as
  // Reply-To (a Google share, a PayPal request): not where the sender types it, as a free mailbox
  // and DocuSign's reply override let him (probe86).
  if (
    ACCOUNT_REPLY_PLATFORMS.has(orgDomain(from.domain)) &&
    ctx.analysis.replyTo.some((r) => readers().some((d) => sameOrg(d, r.domain)))
  )
    return null;
  for (const d of readers()) {
    const word = orgLabel(orgDomain(d));
    const named =
      word.length >= MIN_READER_WORD
        ? names.find((n) => !ownsWord(n.own, word) && namesDeskOf(n.text, word))
        : undefined;
    if (named)
      return {
        word,
        user: named.text,
        org: orgDomain(from.domain),
        reader: orgDomain(d),
        behalf: ON_BEHALF.test(from.displayName),
      };
  }
  return null;
}

/** List hosts where anyone makes a group and names it (Google Groups, groups.io). */
const PUBLIC_LIST_HOSTS: ReadonlySet<string> = new Set(['googlegroups.com', 'groups.io']);

/**
 * A group of former staff or graduates (real-mail round 79), or a public group named as a
 * profession's forum (real-mail round 121): a community's name, not a desk's. In no reading of the
 * name (as written, camel case split, and every skeleton reading: a Cyrillic о in "Suppоrt") may a
 * desk's phrase, a system's or money word, or a generic word right beside the organisation's name
 * stand ("Tidewater Human Resources - Retired Staff", red-team round 126); a former staff's group
 * holds no desk word but its admins' ("Tidewater Retirees Admin Team"; not "Tidewater Alumni IT
 * Helpdesk", round 125); a forum's name ends in a community's word, holds desk words only of a
 * field, no generic word, and a word of its own ("Tidewater Regional IT Forum"; not "Tidewater IT
 * Security Council", "Tidewater Staff Rewards Club", round 126).
 */
function community(name: string, labels: readonly string[], group = false): boolean {
  const split = splitCamel(name);
  const readings = [split, ...skeletonVariants(split)].map(nameWords);
  const names = new Set(labels.flatMap(readingsOf));
  for (const words of readings) {
    const text = ` ${words.join(' ')} `;
    if ([...ORG_DESK_PHRASES, ...DESK_PHRASES].some((p) => text.includes(` ${p} `))) return false;
    if (words.some((w) => SYSTEM_WORDS.has(w) || MONEY_WORDS.has(w))) return false;
    for (let k = 0; k < words.length; k++)
      if (
        names.has(words[k]!) &&
        (GENERIC_DESK_WORDS.has(words[k - 1] ?? '') || GENERIC_DESK_WORDS.has(words[k + 1] ?? ''))
      )
        return false;
  }
  if (
    /\b(?:retirees|retired|alumni|alumnae|former|pensioners|veterans)\b/i.test(name) &&
    readings.every((words) => !words.some((w) => DESK_WORDS.has(w) && w !== 'admin' && w !== 'admins'))
  )
    return true;
  return group && readings.every((words) => professionsForum(words, names));
}

function professionsForum(words: readonly string[], names: ReadonlySet<string>): boolean {
  let end = words.length - 1;
  while (end > 0 && (COMPANY_FORMS.has(words[end]!) || /^\d{1,5}$/.test(words[end]!))) end--;
  return (
    COMMUNITY_END_READINGS.has(words[end] ?? '') &&
    words.every((w) => (!DESK_WORDS.has(w) || FIELD_WORDS.has(w)) && !GENERIC_DESK_WORDS.has(w)) &&
    words.some(
      (w, k) =>
        k !== end &&
        !names.has(w) &&
        !FIELD_WORDS.has(w) &&
        !COMPANY_FORMS.has(w) &&
        !COMMUNITY_END_READINGS.has(w) &&
        !/^\d+$/.test(w),
    )
  );
}

/** The last word of a professional community's name. */
const COMMUNITY_ENDS: ReadonlySet<string> = new Set([
  'forum',
  'forums',
  'council',
  'chapter',
  'meetup',
  'roundtable',
  'association',
  'society',
  'club',
]);

/** The community's last words as the skeleton readings write them ("councll"). */
const COMMUNITY_END_READINGS: ReadonlySet<string> = new Set([...COMMUNITY_ENDS].flatMap(readingsOf));

/** Desk words that also name a profession's field, which its community's name holds. */
const FIELD_WORDS: ReadonlySet<string> = new Set([
  'it',
  'security',
  'cyber',
  'cybersecurity',
  'finance',
  'accounting',
  'tech',
]);

/**
 * The poster's own firm's name, when the list-written addresses are all of one organisation whose
 * whole label the poster's name spells (written apart or not): "Tidewater Logistics IT" from
 * tidewater-logistics.example or tidewaterlogistics.example is that partner's (real-mail round
 * 90); "Tidewater IT Helpdesk" from tidewatertech.example is not (red-team round 125).
 */
/**
 * Whether the poster's own firm's label (`own`, from ownFirmName) holds the reader's word as a
 * firm's name of its own (tidewater-logistics, tidewatermarine), not the word with a desk's,
 * generic or field word glued on (tidewatertech, tidewaterstaff: red-team round 126), which is a
 * lure's domain.
 */
function ownsWord(own: string | undefined, word: string): boolean {
  if (!own) return false;
  const label = own.replace(/[^a-z0-9]/g, '');
  if (!label.includes(word)) return false;
  const rest = label.replace(word, '');
  return !(
    DESK_WORDS.has(rest) ||
    GENERIC_DESK_WORDS.has(rest) ||
    FIELD_WORDS.has(rest) ||
    SYSTEM_WORDS.has(rest) ||
    MONEY_WORDS.has(rest) ||
    gluedDesk(label, word)
  );
}

function ownFirmName(author: string, written: readonly string[]): string | undefined {
  const orgs = new Set(written.map((d) => orgDomain(d)));
  if (orgs.size !== 1) return undefined;
  const label = orgLabel([...orgs][0]!);
  const joined = nameWords(author).join('');
  return joined.includes(label.replace(/[^a-z0-9]/g, '')) ? label : undefined;
}

/**
 * The poster's domains as a list's From rewrite gives them: `written`, those the list itself wrote
 * (Google's X-Original-Sender and X-Original-From, groups.io's `local=domain@` From), and `all`,
 * those with every address under the poster's name in Reply-To and Cc, which are the poster's own
 * text: the name is the reader's organisation's only when every one is (red-team round 124: the
 * poster's own Cc at the reader's domain beside Google's record of the outsider's).
 */
function postersDomains(
  ctx: Parameters<FindingRule>[0],
  poster: string,
  posterAddress: string | null,
): { written: string[]; all: string[] } {
  const m = ctx.message;
  const domain = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  const written: string[] = [];
  // Every one of them: a poster's own X-Original-* above Google's (red-team round 125) is his text.
  for (const h of m.headers) {
    if (h.key !== 'x-original-sender' && h.key !== 'x-original-from') continue;
    const mb = parseMailboxes(h.value).find((x) => x.address.includes('@'));
    if (mb) written.push(domain(mb.address));
  }
  const encoded = /^[^=@]+=([a-z0-9.-]+\.[a-z]{2,})@groups\.io$/i.exec(m.from?.address ?? '');
  if (encoded) written.push(encoded[1]!.toLowerCase());
  const author = poster.toLowerCase();
  const all = [...written];
  for (const mb of [...m.replyTo, ...m.cc])
    if (mb.displayName.trim().toLowerCase() === author) all.push(domain(mb.address));
  if (posterAddress) all.push(domain(posterAddress));
  return { written, all };
}

/**
 * A list delivered the message and wrote the name as its own: its From rewrite ("'Margaret Lee' via
 * Tidewater Retirees Admin Team" <…@googlegroups.com>) or its posting address itself (whose List-Id
 * <tidewater-retirees-admin.googlegroups.com> spells the same address), at a host that signed it or
 * whose envelope our SPF check passed, and that is no free mailbox's (Google Groups is both). A
 * member's own From on a list is the member's own name, which no list vouches for, and a List-Id is
 * the sender's own header (probe86, probe87: a List-Id beside a signature of the sender's own).
 */
function listDelivered(ctx: Parameters<FindingRule>[0], fromDomain: string): boolean {
  const list = listEvidence(ctx.message);
  if (!list) return false;
  const host = listHost(list);
  if (!sameOrg(host, fromDomain) || (isSignUpDomain(host) && !sameOrg(host, 'googlegroups.com')))
    return false;
  const a = ctx.analysis;
  const byHost =
    a.dkim.some((d) => d.result === 'pass' && sameOrg(d.domain, host)) ||
    (a.spf.result === 'pass' && !!a.spf.domain && sameOrg(a.spf.domain, host));
  if (!byHost) return false;
  const own = a.from?.address?.toLowerCase();
  return (
    listFromRewrite(ctx.message) !== null ||
    (!!own && (own === list.postAddress || own.replace('@', '.') === list.id))
  );
}

/** Whether a Reply-To leads outside the From's organisation (an invitation's organiser's own address). */
export function repliesOutside(ctx: Parameters<FindingRule>[0], fromDomain: string): boolean {
  return ctx.analysis.replyTo.some((r) => !!r.domain && !sameOrg(r.domain, fromDomain));
}

/**
 * A platform writing its user's verified sender address as the name (VERIFIED_ADDRESS_VIA): the
 * name is exactly `<address> via <platform>`, the Reply-To that very address, DMARC passes for the
 * platform, and the address is no look-alike of a brand's or the reader's (real-mail round 115).
 * The address, lower-cased, or null. No chosen name, then: the Reply-To rules say where replies go.
 */
export function verifiedSenderVia(
  ctx: Parameters<FindingRule>[0],
  from: { domain: string; displayName?: string | null },
): string | null {
  const platform = VERIFIED_ADDRESS_VIA[orgDomain(from.domain)];
  if (!platform || dmarcState(ctx).result !== 'pass') return null;
  const name = (from.displayName ?? '').trim().toLowerCase();
  const suffix = ` via ${platform.toLowerCase()}`;
  if (!name.endsWith(suffix)) return null;
  const address = name.slice(0, name.length - suffix.length);
  if (!/^[^\s@<>"]+@[a-z0-9.-]+$/.test(address)) return null;
  const replies = ctx.analysis.replyTo ?? [];
  if (replies.length !== 1 || replies[0]!.address.toLowerCase() !== address) return null;
  return lookalikeReason(address.slice(address.lastIndexOf('@') + 1), ctx)?.severity === 'high'
    ? null
    : address;
}

/**
 * The From's name as it claims a brand: a verified sender address at a public mailbox (a club's
 * Gmail via SurveyMonkey) claims none by its domain, while its mailbox name is still read
 * (paypal.support@gmail.com: probe120).
 */
export function nameForBrands(
  ctx: Parameters<FindingRule>[0],
  from: { domain: string; displayName: string },
): string {
  const verified = verifiedSenderVia(ctx, from);
  if (!verified) return from.displayName;
  const at = verified.lastIndexOf('@');
  return isSignUpDomain(verified.slice(at + 1))
    ? from.displayName.toLowerCase().replace(verified, verified.slice(0, at))
    : from.displayName;
}

/**
 * The display-name-reader-org finding for the From's name, or null; `evidence` is the From line.
 */
export function readerOrgFinding(
  ctx: Parameters<FindingRule>[0],
  from: { domain: string; displayName: string; address?: string },
  evidence: Finding['evidence'],
): Finding | null {
  // A verified sender address in the reader's own organisation is the firm's own account; anyone
  // else's address is read as the name it is (tidewater.payroll@benefits-enrol.example: probe119).
  const verified = verifiedSenderVia(ctx, from);
  const own =
    verified !== null &&
    readerOrganisations(ctx.message, ctx.analysis.hops, ctx.options.recipientDomains).some((d) =>
      sameOrg(d, verified.slice(verified.lastIndexOf('@') + 1)),
    );
  const reader = own ? null : readerNamedByPlatformUser(ctx, from);
  if (!reader) return null;
  // A Teams or SharePoint notice looks the same whoever the user is, a colleague or another
  // organisation's (real-mail round 94): the text says so, and where to look.
  const notifier =
    !reader.behalf &&
    notifierUsersName(hostKey(from.domain), orgDomain(from.domain), from.displayName) !== null;
  return {
    id: 'display-name-reader-org',
    severity: 'medium',
    ...texts(
      // "ADP on behalf of Tidewater Payroll" from adp.example: the domain's owner wrote the
      // name, no platform's user (real-mail round 81).
      msg(
        reader.behalf
          ? 'finding_display_name_reader_org_behalf_title'
          : 'finding_display_name_reader_org_title',
        { word: reader.word, org: reader.org },
      ),
      msg(
        reader.behalf
          ? 'finding_display_name_reader_org_behalf_detail'
          : notifier
            ? 'finding_display_name_reader_org_notifier_detail'
            : 'finding_display_name_reader_org_detail',
        { name: reader.user, org: reader.org, reader: reader.reader },
      ),
    ),
    evidence,
  };
}
