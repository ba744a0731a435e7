// Display-name impersonation: most mail apps show only the name, so "support@paypal.com" <x@evil>
// or "PayPal Support" <x@random.example> is what the reader sees.

import { hostKey } from '../dns/name';
import { icannPublicSuffix } from '../dns/registrable';
import { msg, sentences } from '../i18n/message';
import { remember, rememberPair } from '../remember';
import type { Finding } from '../types';
import { dmarcState } from './auth-state';
import {
  type Brand,
  brandAsWritten,
  brandGluedInMailbox,
  brandInName,
  brandInNameBesides,
  brandInPlainName,
  brandOfDomain,
  INNER_CAPITAL_WORDS,
  isBrandDomain,
  orgDomain,
  orgLabel,
  sameOrg,
} from './domains';
import { firstHeaderLine } from './evidence';
import { isSignUpDomain } from './freemail';
import { listFromRewrite } from './list-evidence';
import { lookalikeReason } from './lookalike';
import { namedOnBehalf } from './name-spellings';
import { addressUsersName, CUSTOMERS_PLATFORMS, notifierUsersName, PLATFORM_VIA } from './platforms';
import { readerDomainsFromMessage } from './reader-domain';
import { nameForBrands, readerOrgFinding, repliesOutside, verifiedSenderVia } from './reader-org';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';
import { dotsAsRead, nameSkeleton, shownVariants, skeletonVariants } from './visible-text';

// Look-alike at signs: full-width ＠ (U+FF20), small ﹫ (U+FE6B); NFKC folds both to "@".
// Also ascii "[at]" / "(at)" spellings. Dots: full-width ． (U+FF0E) and ideographic 。 (U+3002).
const AT = String.raw`(?:@|\[at\]|\(at\)|\s{1,16}at\s{1,16}(?=[\w-]+\.))`;
// Bounded so that the search stays linear in the name's length: the local part is at most 64
// characters (RFC 5321 §4.5.3.1.1), the blanks around the at sign a few. Unbounded, a name of n
// dots and letters before an at sign ("a.a.a.…@b", or the same with dot look-alikes read as
// dots) or of n blanks cost n², as every start was tried up to the at sign.
const EMBEDDED = new RegExp(
  String.raw`([\p{L}\p{N}._%+-]{1,64})\s{0,16}${AT}\s{0,16}((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})`,
  'iu',
);

/**
 * An address shown inside the display name, normalised; null when there is none. Every reading
 * of the name is tried (lib/findings/visible-text.ts): zero-width characters removed, a bidi
 * override drawn in the order it is shown, confusables folded.
 */
export function embeddedAddress(
  displayName: string,
): { address: string; domain: string; lookalikeAt: boolean } | null {
  return embeddedAddresses(displayName)[0] ?? null;
}

type Embedded = { address: string; domain: string; lookalikeAt: boolean };

/**
 * Every distinct address the readings of the display name show. A pure function of the name,
 * remembered (an inbox or a batch meets the same names again); callers only read the list.
 */
export const embeddedAddresses: (displayName: string) => readonly Readonly<Embedded>[] =
  remember(addressesInName);

/**
 * The readings of a name an address is sought in: each shown variant, then the same with dot
 * look-alikes between letters read as dots (lib/findings/visible-text.ts dotsAsRead), so
 * "security@northbank\u0660example" shows the bank's address (probe25).
 */
function addressReadings(text: string): string[] {
  const shown = shownVariants(text);
  return [...new Set([...shown, ...shown.map(dotsAsRead)])];
}

function addressesInName(displayName: string): Embedded[] {
  const lookalikeAt = /[\uFF20\uFE6B]/.test(displayName) || /\[at\]|\(at\)/i.test(displayName);
  const readings = addressReadings(displayName);
  const out: Embedded[] = [];
  for (const v of [...readings, ...readings.map((r) => nameSkeleton(r))]) {
    const m = EMBEDDED.exec(v);
    // "Jane (@jane)" is a social handle: no local part before the at sign, no dotted domain after it.
    if (!m?.[1] || !m[2]) continue;
    const domain = m[2].toLowerCase();
    const address = `${m[1]}@${domain}`;
    if (!out.some((o) => o.address.toLowerCase() === address.toLowerCase()))
      out.push({ address, domain, lookalikeAt });
  }
  return out;
}

/**
 * Masked-email relays that forward mail sent to a user's alias and write the original sender's
 * address into their own From by design: SimpleLogin's reverse alias
 * `"Name - a at b.example" <a_at_b_example_xyz@simplelogin.co>` (its default sender format) and
 * addy.io's `"Name 'a@b.example'" <alias+a=b.example@anonaddy.me>`.
 */
const MASKED_RELAYS: Record<string, string> = {
  'simplelogin.co': 'SimpleLogin',
  'anonaddy.me': 'addy.io',
  'anonaddy.com': 'addy.io',
  'addy.io': 'addy.io',
  'mozmail.com': 'Firefox Relay',
};
/**
 * Firefox Relay keeps the reader's mask as the From address and names the original sender in the
 * display name, `<address> [via Relay]` or `<name> <address> [via Relay]` (mozilla/fx-private-relay
 * #3576 and its From-header tests): the name, not
 * the address, is where it writes the sender (real-mail round 11).
 */
const FIREFOX_RELAY_NAME = / \[via Relay\]$/;

/**
 * The relay's name when `from` is its rewrite of a mail from `shown`: the From organisation is a
 * known masked-email relay, the From's own local part spells the address shown in the name (as
 * the relay writes it, which a sender elsewhere cannot put in a relay's address), and DMARC
 * passed for the relay's domain. Null otherwise: the same name from any other address is the
 * impersonation trick display-name-address reports.
 */
function maskedRelay(
  ctx: Parameters<FindingRule>[0],
  from: { address: string; domain: string; displayName?: string | null },
  shown: string,
): string | null {
  const relay = MASKED_RELAYS[orgDomain(from.domain)];
  if (!relay || dmarcState(ctx).result !== 'pass') return null;
  // The relay signs whatever reached an alias: a message it signed is its word only as its own
  // servers handed it over (our SPF check passed for its envelope). The attacker's own alias,
  // fed his forgery and relayed on from his server with the relay's signature intact, is a
  // signing oracle, not the relay's delivery (probe106).
  const a = ctx.analysis;
  if (a.mode === 'online' && !(a.spf.result === 'pass' && a.spf.aligned)) return null;
  // addy.io records its own check of the original (X-AnonAddy-Authentication-Results, rspamd's):
  // a DMARC failure there is the relay saying the sender was not who the name shows. Read for
  // failures only: the header is unsigned, and adding one only hurts its writer (probe106).
  if (
    relay === 'addy.io' &&
    ctx.message.headers.some(
      (h) => h.key === 'x-anonaddy-authentication-results' && /\bdmarc\s*=\s*fail\b/i.test(h.rawValue),
    )
  )
    return null;
  // The relay writes one address into the name, the one it encodes: the sender chooses the rest
  // of the name, and a second address there (the bank's, before the relay's spelling of the
  // sender's real address) is the trick itself. Every reading of the name must show only the
  // address the relay spells (its own readings: a skeleton folds "m" to "rn").
  const own = new Set(allAddressesIn(shown));
  const others = allAddressesIn(from.displayName ?? '').filter(
    (a) => !sameOrg(a.slice(a.lastIndexOf('@') + 1), from.domain),
  );
  if (others.some((a) => !own.has(a))) return null;
  const at = shown.lastIndexOf('@');
  // The relay forwards what reached the alias: a sender at a look-alike of a brand or of the
  // reader's own domain is the trick the look-alike rule catches in direct mail, and naming it
  // through the relay must not make it low (probe6-masked-sl-lookalike-reader-domain).
  if (lookalikeReason(shown.slice(at + 1), ctx)?.severity === 'high') return null;
  const local = from.address.slice(0, from.address.lastIndexOf('@')).toLowerCase();
  const [who, where] = [shown.slice(0, at).toLowerCase(), shown.slice(at + 1).toLowerCase()];
  // SimpleLogin: exactly <local>_at_<domain, dots as _>_<random>, the random part letters and
  // digits only. A prefix is not enough: security_at_northbank_example_q@attacker.example becomes
  // security_at_northbank_example_q_at_attacker_example_<random>, which starts with the bank's.
  const simpleLogin = `${who}_at_${where.replace(/\./g, '_')}_`;
  const slTail = local.startsWith(simpleLogin) ? local.slice(simpleLogin.length) : null;
  const addy = `+${who}=${where}`;
  if (relay === 'Firefox Relay') {
    // "<address> [via Relay]", or "<name> <address> [via Relay]" when the sender had a name.
    const name = (from.displayName ?? '').trim();
    const rest = name.replace(FIREFOX_RELAY_NAME, '').trim().toLowerCase();
    const bare = shown.toLowerCase();
    return FIREFOX_RELAY_NAME.test(name) && (rest === bare || rest.endsWith(`<${bare}>`)) ? relay : null;
  }
  return (slTail !== null && /^[a-z0-9]+$/.test(slTail)) || local.endsWith(addy) ? relay : null;
}

const EMBEDDED_ALL = new RegExp(EMBEDDED.source, 'giu');

/** Every address any reading of `text` shows (not only the first), lower-cased. */
function allAddressesIn(text: string): string[] {
  const readings = addressReadings(text);
  const out = new Set<string>();
  for (const v of [...readings, ...readings.map((r) => nameSkeleton(r))])
    for (const m of v.matchAll(EMBEDDED_ALL)) if (m[1] && m[2]) out.add(`${m[1]}@${m[2]}`.toLowerCase());
  return [...out];
}

/**
 * Top-level domains a domain shown as a name is read under: the common generic ones, any
 * two-letter country code (or a suffix under one, `co.uk`) and the documentation names (RFC 2606).
 * A newer generic one that is also an everyday word or surname (`.kim`, `.law`, `.green`) is not:
 * "Jane.Kim" is a person's name written with a dot, not a domain.
 */
const NAME_TLDS = new Set([
  'com',
  'net',
  'org',
  'info',
  'biz',
  'edu',
  'gov',
  'mil',
  'int',
  'io',
  'co',
  'app',
  'dev',
  'ai',
  'bank',
  'insurance',
  'online',
  'site',
  'shop',
  'store',
  'email',
  'cloud',
  'tech',
  // What banks, brokers and help desks register (probe74: `northbank.finance`).
  'finance',
  'financial',
  'money',
  'credit',
  'loans',
  'loan',
  'insure',
  'capital',
  'investments',
  'cash',
  'pay',
  'fund',
  'broker',
  'support',
  'services',
  'secure',
  'security',
  'example',
  'test',
]);

// A dotted host name standing as a word of its own (not inside an address, a longer name or a URL
// path); an underscore joins no word to a host name (`northbank.example_Security`: probe77).
const DOMAIN_WORD =
  /(?<![\p{L}\p{N}@./-])((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24})(?![\p{L}\p{N}@-]|\.[\p{L}\p{N}])/gu;

/** A bank, a card, securities or finance in Chinese, Japanese or Korean: no trading-name style (probe76: `北岸銀行.com`). */
const CJK_FINANCE = /銀行|银行|은행|証券|证券|金融|信用金庫|カード|카드|信託|保険|保险/u;

const PRODUCT_ENDINGS = new Set(['NET', 'IO', 'AI']);

/**
 * A product's name that reads as a domain, its last part written in capitals, one of the endings
 * product names take: `Socket.IO`, `Math.NET`, `ASP.NET` (real-mail round 71). A domain is written
 * in lower case or capitalised (`Booking.com`); a name in capitals throughout is one only where its
 * first part is longer than an acronym (`NORTHBANK.COM`).
 */
function productName(written: string): boolean {
  const dot = written.lastIndexOf('.');
  const last = written.slice(dot + 1);
  const head = written.slice(0, dot);
  // Only the endings product names take: `Northbank.COM` is a bank's domain written loudly.
  if (!PRODUCT_ENDINGS.has(last)) return false;
  return head !== head.toUpperCase() || head.replace(/\./g, '').length <= 4;
}

/**
 * A domain of another organisation that the display name shows as a word, `"northbank.example"
 * <alerts@nb-kontoservice.example>` (probe73): what a mail app shows is the bank's domain, while
 * the message is the registrant's own, authenticated at p=none. Every reading of the name (a
 * look-alike letter folded) is read. Not one of the From's organisation or brand, nor its own
 * name written with a dot (`"Dr.Web" <news@drweb.com>`).
 */
export const domainInName: (displayName: string, fromDomain: string) => string | null =
  rememberPair(findDomainInName);

/** Where Latin meets CJK (lib/findings/domains.ts LATIN_BESIDE_CJK), but not inside a label a dot ends in CJK. */
const CJK_BESIDE_DOMAIN =
  /(?<=\p{sc=Latin})(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+[.．。])|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])(?=\p{sc=Latin})/gu;

function findDomainInName(displayName: string, fromDomain: string): string | null {
  // Catalan's `l·l` is a letter of a word (`Sil·la`, `Col·legi`), not a dot (real-mail round 72).
  // A domain glued to Chinese or Japanese words is read apart from them ("京东JD.COM" shows jd.com:
  // real-mail round 180), as a brand is (brandAsWritten); not Latin glued to a label that goes on
  // in Han, kana or Hangul ("JD京东.COM" is one label: red-team round 191).
  const readings = addressReadings(
    displayName.replace(/l[\u00B7\u0387\u2027\u22C5]l/giu, 'll').replace(CJK_BESIDE_DOMAIN, ' '),
  );
  const own = orgLabel(fromDomain).replace(/\./g, '');
  // Product names as written (a skeleton reading folds their capitals).
  const products = new Set<string>();
  // The sender's own names as written, folded: a skeleton reading of `bücher.example` from
  // xn--bcher-kva.example is `bucher.example`, still its own (probe77).
  const ownShown = new Set<string>();
  // A link's scheme in front is still the domain shown (probe74: `"https://northbank.example"`).
  for (const [skeletons, list] of [
    [false, readings],
    [true, readings.map((r) => nameSkeleton(r))],
  ] as const)
    for (const v of list)
      for (const m of v.replace(/\b[a-z][a-z0-9+.-]{0,20}:\/\//gi, ' ').matchAll(DOMAIN_WORD)) {
        const written = m[1]!;
        const domain = written.toLowerCase();
        if (productName(written)) products.add(domain);
        if (products.has(domain) || (skeletons && ownShown.has(domain))) continue;
        const suffix = icannPublicSuffix(domain) ?? (/\.(?:example|test)$/.test(domain) ? 'example' : null);
        if (!suffix) continue;
        const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
        const name = domain.slice(0, domain.length - suffix.length);
        // A country code in Latin letters, or another script's under a name in Latin letters
        // (`northbank.рф`: probe77): a Chinese name written with a middle dot before 香港 or 中国 is a
        // name (`汇丰·香港`).
        if (
          !NAME_TLDS.has(tld) &&
          !/^[a-z]{2}$/.test(tld) &&
          !(/[^\x00-\x7f]/.test(tld) && /[a-z]/.test(name))
        )
          continue;
        // A trading name in Chinese, Japanese or Korean script with `.com` after it is a brand's
        // style (`価格.com` from kakaku.com: real-mail round 72), and no domain a reader types.
        if (
          /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30FC.]+$/u.test(name) &&
          !CJK_FINANCE.test(name)
        )
          continue;
        // Its own name written with a dot, `Dr.Web` from drweb.com; hyphens kept, so the attacker's
        // `northbank-example.test` does not pass for `northbank.example`'s own name (probe74).
        const brand = brandOfDomain(domain);
        if (
          sameOrg(domain, fromDomain) ||
          domain.replace(/\./g, '') === own ||
          (brand && isBrandDomain(brand, fromDomain))
        ) {
          if (!skeletons) ownShown.add(nameSkeleton(written).toLowerCase());
          continue;
        }
        return domain;
      }
  return null;
}

/**
 * Whether the name is a customer's of the platform the message authenticates for (DMARC pass): a
 * low note, as the message really is the platform's and says so, while the platform checks no name
 * its customers choose. A brand's domain, or a look-alike of a brand or of the reader's own domain,
 * stays medium: an account named after them is the platform-abuse phish.
 */
function customersPlatform(ctx: Parameters<FindingRule>[0], org: string, shown: string): boolean {
  return (
    CUSTOMERS_PLATFORMS.has(org) &&
    // Or offline with nothing checked, where no pass can be read either way (real-mail round 185: a
    // hosted Discourse forum's post forwarded, read in Outlook offline).
    (dmarcState(ctx).result === 'pass' || (ctx.analysis.mode === 'offline' && !ctx.analysis.provider)) &&
    !brandOfDomain(shown) &&
    !lookalikeReason(shown, ctx) &&
    !readerOwn(ctx, shown)
  );
}

/**
 * The reader's own organisation (as named in the options or by the receiver's lines): "reader.example
 * IT Service Desk" on a Zendesk desk is the over-quota lure (probe78); the look-alike rule takes the
 * reader's own domain for no imitation of itself.
 */
function readerOwn(ctx: Parameters<FindingRule>[0], shown: string): boolean {
  const readers = [
    ...(ctx.options.recipientDomains ?? []),
    ...readerDomainsFromMessage(ctx.message, ctx.analysis.hops),
  ];
  return readers.some((d) => sameOrg(d, shown));
}

/**
 * Exchange Online's own system mailbox, which writes its non-delivery reports and other notices
 * as "Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@the tenant's domain>
 * (the same name in every tenant), read inside one Exchange Online organisation: the name is
 * Microsoft's own software speaking for the reader's organisation (real-mail round 147). Mail
 * from outside the organisation is never inside it, whatever its From.
 */
function exchangeSystemMailbox(ctx: RuleContext, address: string): boolean {
  return (
    ctx.analysis.origin.insideReceiver === true &&
    ctx.analysis.meta.profile?.name === 'outlook' &&
    /^microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@/i.test(address)
  );
}

/**
 * The brand the name claims, and (`chosen`) the name a user of the From's own brand chose where
 * that name is the claim. brandInName names the first brand of the list the name holds, which may
 * be the From's own while another follows in the part its user chose ("Microsoft Billing via
 * PayPal" from paypal.com, a PayPal invoice's callback scam: the other brand is the claim). And a
 * brand's platform writing its user's
 * name before its own ("Google Workspace Admin (via Google Docs)", "PayPal Security via PayPal")
 * names its own brand in a name it did not choose (red-team round 80).
 */
function brandClaimed(
  displayName: string,
  fromDomain: string,
  address: string,
  repliesElsewhere: boolean,
): { brand: Brand | null; chosen: string | null } {
  // A one-word name gluing a brand to its desk's words ("MicrosoftAccountTeam", "PayPalSupport"):
  // the Sender field's rule reads it so (red-team round 182), and so does the From's.
  const first = brandInName(displayName) ?? gluedBrand(displayName, fromDomain);
  if (!first || !isBrandDomain(first, fromDomain)) return { brand: first, chosen: null };
  // "Microsoft Invitations on behalf of Wells Fargo Bank": Entra B2B writes the inviting tenant's own
  // choice of name after its service's, as a platform writes its user's before its "via"; a brand
  // named there is the tenant's claim, not the service's (red-team round 216).
  const principal = namedOnBehalf(displayName);
  const claimed = principal ? brandInNameBesides(principal, first) : null;
  if (claimed && !isBrandDomain(claimed, fromDomain)) return { brand: claimed, chosen: null };
  // Google Calendar's invitations carry the organiser's whole chosen name: "Google Workspace
  // Admin" there is the organiser's, not Google's (probe109), and so is "Google Calendar" itself
  // where replies go to the organiser's own address (probe111).
  const invited = addressUsersName(address, displayName, repliesElsewhere);
  if (invited && brandInName(invited) === first) return { brand: first, chosen: invited };
  // Only where the platform writes its user's name before its own "via": a brand's own mail may
  // name a sister brand ("Microsoft and LinkedIn", real-mail round 78).
  const via = PLATFORM_VIA.exec(displayName);
  // Teams writes its chatting user's name before its own " in Teams" ("Microsoft 365 Admin in
  // Teams" from another tenant's user: probe95); a bare "Microsoft Teams" is the service's own.
  const teams = via ? null : notifierUsersName(hostKey(fromDomain), orgDomain(fromDomain), displayName);
  const user = teams?.suffixed ? teams.name : via?.[1]?.trim();
  if (teams?.suffixed && user && brandInName(user) === first) return { brand: first, chosen: user };
  if (!via || !user || brandInName(via[2] ?? via[3] ?? '') !== first) return { brand: first, chosen: null };
  const other = brandInNameBesides(user, first);
  if (other && !isBrandDomain(other, fromDomain)) return { brand: other, chosen: null };
  if (brandInName(user) === first) return { brand: first, chosen: user };
  return { brand: first, chosen: null };
}

/**
 * A brand glued to its desk's words as the whole name, one word ("MicrosoftAccountTeam",
 * "PayPalSupport"; red-team round 182), not the own name of any of the sending `domains` written
 * so ("MetaCompliance" <no-reply@metacompliance.com>, probe111).
 */
export function gluedBrand(displayName: string, ...domains: string[]): Brand | null {
  const word = displayName.trim();
  if (!/^[\p{L}\p{N}._-]+$/u.test(word)) return null;
  const letters = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (
    domains.some((d) =>
      orgLabel(d)
        .replace(/[^\p{L}\p{N}]/gu, '')
        .includes(letters),
    )
  )
    return null;
  return brandGluedInMailbox(word) ?? brandInCamelCase(word);
}

/**
 * A brand as one of the words of a CamelCase name ("PayPalBillingPlatform",
 * "MicrosoftSecurityNotifications", "AWSCommunityDay"; red-team round 183): the name read apart at
 * each change from a small letter to a capital (and before the last capital of a run of them
 * followed by a small letter), the brands' own inner capitals kept ("PayPal", "YouTube", "iCloud"),
 * so the brand's word must start and end where the name's words do: "AmazonasReisen" and
 * "LinkedInfluence" name no brand.
 */
function brandInCamelCase(word: string): Brand | null {
  if (!CAMEL_CASE.test(word)) return null;
  const apart = word.replace(innerCapitals(), (m) => m.toLowerCase()).replace(CAMEL_BOUNDARY, ' ');
  return apart.includes(' ') ? brandInPlainName(apart) : null;
}
const CAMEL_CASE = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;
const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu;
/** INNER_CAPITAL_WORDS as one pattern, made once. */
function innerCapitals(): RegExp {
  innerCapitalPattern ??= new RegExp(INNER_CAPITAL_WORDS.join('|'), 'g');
  return innerCapitalPattern;
}
let innerCapitalPattern: RegExp | null = null;

/**
 * List hosts that give every group a name of its own under theirs (`<group>.groups.io`): anyone
 * makes a group there, names it, and writes its notices, which leave the host's servers signed by
 * the host (red-team round 190). Each with the host's name as a reader takes it in a display name.
 */
const GROUP_SUBDOMAIN_HOSTS: ReadonlyArray<{ host: string; word: RegExp }> = [
  // "Groups.io Support", "groups io team", "GROUPS-IO", "support@groups.io", "Groups·io",
  // "Groups (dot) io", "GroupsIOSupport", "Groups.io™ Support" (red-team round 194).
  { host: 'groups.io', word: hostWord('groups', 'io') },
  // Topicbox, Fastmail's list host: an organisation's lists under `<org>.topicbox.com`.
  { host: 'topicbox.com', word: /(?<![\p{L}\p{N}.-])(?:topic[\s._-]*box|fast[\s._-]*mail)/u },
];

/**
 * A host's name as a word of a display name: its two parts with any separator a reader skips
 * between them (dots, dashes, middle dots, a spelt "dot"), not inside another word before it, and
 * ending where a word ends or where a desk's word or a trade mark is glued on.
 */
function hostWord(first: string, tld: string): RegExp {
  const sep = '[\\s._\\-\\u00B7\\u2010-\\u2015\\u30FB/]*';
  const end = '(?=$|[^\\p{L}\\p{N}]|tm|support|team|help|admin|billing|security|service|notice|account|mod)';
  const t = tld.replace('i', '[il|]');
  return new RegExp(`(?<![\\p{L}\\p{N}.\\-])${first}${sep}(?:\\(?dot\\)?${sep})?${t}${end}`, 'u');
}

/**
 * The list host a group's own address claims to be: a From under `<group>.<host>` whose name names
 * the host itself ("Groups.io Support" <main@account-review.groups.io>), in any reading of the name
 * (look-alike letters folded, letters spelt one by one joined). The host's own notices come from
 * its apex (noreply@groups.io). An address under a group of the host in the name is the group's
 * own ("main@groupsio-tips.groups.io Digest", as groups.io writes a digest's name).
 */
function groupClaimsItsHost(from: { displayName?: string; domain?: string }): string | null {
  const domain = from.domain?.toLowerCase().replace(/\.$/, '');
  if (!domain || !from.displayName) return null;
  for (const { host, word } of GROUP_SUBDOMAIN_HOSTS) {
    if (!domain.endsWith(`.${host}`)) continue;
    const name = from.displayName.replace(/\S*@[\p{L}\p{N}.-]+/gu, (m) =>
      m.toLowerCase().endsWith(`.${host}`) ? ' ' : m,
    );
    const readings = skeletonVariants(name).flatMap((v) => [v, v.replace(SPELT_OUT, '')]);
    if (readings.some((v) => word.test(v))) return host;
  }
  return null;
}
/** A space between two letters that stand alone ("G r o u p s . i o"). */
const SPELT_OUT = /(?<=(?:^|[\s.])\p{L})\s(?=\p{L}(?:$|[\s.]))/gu;

export const displayNameRule: FindingRule = (ctx) => {
  const from = ctx.analysis.from;
  if (!from?.displayName || !from.domain) return [];
  const out: Finding[] = [];
  const evidence = firstHeaderLine(ctx.message, 'from');
  const shown = embeddedAddresses(from.displayName).find((e) => !sameOrg(e.domain, from.domain)) ?? null;
  // "alice at example.com via Devel" <devel@lists.example>: a list's From rewrite naming its author
  // (lib/findings/list-evidence.ts, explained by list-from-rewritten); the brand rule still runs.
  const listAuthor = listFromRewrite(ctx.message)?.authorAddress;
  const relay = shown ? maskedRelay(ctx, from, shown.address) : null;
  if (shown && relay) {
    out.push({
      id: 'masked-relay-sender',
      severity: 'low',
      ...texts(
        msg('finding_masked_relay_sender_title', { relay, shown: shown.address }),
        msg('finding_masked_relay_sender_detail', { relay, shown: shown.address }),
      ),
      evidence,
    });
  } else if (
    shown &&
    !sameOrg(shown.domain, from.domain) &&
    shown.address !== listAuthor &&
    verifiedSenderVia(ctx, from) !== shown.address.toLowerCase()
  ) {
    out.push({
      id: 'display-name-address',
      severity: 'high',
      ...texts(
        msg('finding_display_name_address_title', { shown: shown.address, from: from.address }),
        sentences([
          msg('finding_display_name_address_detail', { shown: shown.address, domain: from.domain }),
          shown.lookalikeAt && msg('finding_display_name_lookalike_at'),
          msg('finding_display_name_address_trick'),
        ]),
      ),
      evidence,
    });
  }
  const { brand, chosen } = brandClaimed(
    nameForBrands(ctx, from),
    from.domain,
    from.address ?? '',
    repliesOutside(ctx, from.domain),
  );
  // On a free mailbox or tenant domain the brand rule there says more (brand-on-freemail).
  if (
    brand &&
    !exchangeSystemMailbox(ctx, from.address ?? '') &&
    !isSignUpDomain(from.domain) &&
    (chosen || !isBrandDomain(brand, from.domain)) &&
    !(shown && isBrandDomain(brand, shown.domain) && out.length)
  ) {
    // Found only once the name was read as drawn (look-alike letters, invisible or reversing
    // characters): nobody disguises a brand's name by accident.
    // A CamelCase name (a login, which holds no space: real-mail round 177) hides nothing either.
    const disguised = !brandAsWritten(from.displayName) && !brandInCamelCase(from.displayName.trim());
    const org = orgDomain(from.domain);
    out.push({
      id: 'display-name-brand',
      severity: disguised ? 'high' : 'medium',
      ...texts(
        chosen
          ? msg('finding_display_name_brand_user_title', { brand: brand.name, org })
          : msg('finding_display_name_brand_title', { brand: brand.name, org }),
        sentences([
          chosen
            ? msg('finding_display_name_brand_user_detail', { name: chosen, brand: brand.name, org })
            : msg('finding_display_name_brand_detail', {
                name: from.displayName,
                brand: brand.name,
                domains: brand.domains.slice(0, 3).join(', '),
                domain: from.domain,
              }),
          disguised
            ? msg('finding_display_name_brand_disguised', { brand: brand.name })
            : chosen
              ? null
              : msg('finding_display_name_brand_partners'),
        ]),
      ),
      evidence,
    });
  }
  const host = out.some((f) => f.id === 'display-name-brand') ? null : groupClaimsItsHost(from);
  if (host)
    out.push({
      id: 'display-name-brand',
      severity: 'medium',
      ...texts(
        msg('finding_display_name_list_host_title', { host }),
        msg('finding_display_name_list_host_detail', { name: from.displayName, host, domain: from.domain }),
      ),
      evidence,
    });
  const reader = out.length === 0 ? readerOrgFinding(ctx, from, evidence) : null;
  if (reader) out.push(reader);
  // A domain shown as the name, where no address in it was reported (nor the brand whose domain
  // it is): not at a list that names its author, nor at a masked relay.
  const domain = !shown && !relay && !listAuthor ? domainInName(from.displayName, from.domain) : null;
  if (domain && !out.some((f) => f.id === 'display-name-brand' && brand && isBrandDomain(brand, domain))) {
    const org = orgDomain(from.domain);
    const platform = customersPlatform(ctx, org, domain);
    out.push({
      id: 'display-name-domain',
      severity: platform ? 'low' : 'medium',
      ...(platform
        ? texts(
            msg('finding_display_name_domain_platform_title', { shown: domain, org }),
            msg('finding_display_name_domain_platform_detail', { shown: domain, org }),
          )
        : texts(
            msg('finding_display_name_domain_title', { shown: domain, org }),
            msg('finding_display_name_domain_detail', { shown: domain, domain: from.domain }),
          )),
      evidence,
    });
  }
  return out;
};
