// Look-alike and homoglyph domains: paypa1.com, xn--pypal-4ve.com (Cyrillic а), rnicrosoft.com,
// or the reader's own company with one letter changed.

import { remove as removeConfusables } from 'confusables';
import { distance } from 'fastest-levenshtein';
import punycode from 'punycode.js';
import { hostKey, punycodeDomain } from '../dns/name';
import { icannPublicSuffix, registrableDomain } from '../dns/registrable';
import type { MessageKey } from '../i18n';
import { type Message, type MessageParam, msg } from '../i18n/message';
import { domainOf } from '../message/addresses';
import { remember } from '../remember';
import type { Finding } from '../types';
import { gluedDesk } from './desk-words';
import { brandLabels, firstLabel, operatorOfOrg, orgDomain, orgLabel, sameOrg } from './domains';
import { firstHeaderLine, uniq } from './evidence';
import { isSignUpDomain, MAIL_TENANT_PARENTS, signUpDomain } from './freemail';
import { disguisedLetters } from './lookalike-letters';
import { readerDomainsFromMessage } from './reader-domain';
import type { FindingRule, RuleContext } from './rule';
import { senderAddresses } from './sender';
import { texts } from './text';

const ASCII = /^[\x00-\x7f]*$/;
/** Format characters, the combining grapheme joiner and variation selectors: drawn as nothing. */
const INVISIBLE = /\p{Cf}|\u034f|[\ufe00-\ufe0f]/u;

/** Unicode form of a domain; the input when it is not valid punycode. */
export function unicodeDomain(domain: string): string {
  const lower = domain.toLowerCase();
  // In plain ASCII only `xn--` labels decode to anything else (RFC 5890 §2.3.2.1). Other text
  // goes through punycode, which also turns ideographic full stops into dots and reads an `@`
  // as the end of a local part.
  if (!lower.includes('xn--') && !lower.includes('@') && ASCII.test(lower)) return lower;
  try {
    return punycode.toUnicode(lower);
  } catch {
    return lower;
  }
}

/** ASCII (A-label) form of a domain; the input when punycode cannot encode it. */
function asciiDomain(domain: string): string {
  if (ASCII.test(domain)) return domain.toLowerCase();
  return punycodeDomain(domain) ?? domain;
}

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Cherokee',
].map((name) => ({ name, re: new RegExp(`\\p{Script=${name}}`, 'u') }));

/** Scripts used by the letters of a label (Latin, Cyrillic, Greek …). */
export function scriptsOf(label: string): string[] {
  // Nearly every label is ASCII, whose only letters are Latin: no need for eleven Unicode scans.
  if (ASCII.test(label)) return /[a-z]/i.test(label) ? ['Latin'] : [];
  return SCRIPTS.filter((s) => s.re.test(label)).map((s) => s.name);
}

/** The ASCII "skeleton" a reader would see: confusables folded, digits read as letters (UTS #39 idea). */
export const skeleton: (label: string) => string = remember(computeSkeleton);

/**
 * Whether `skeleton(s.slice(0, end))` may differ from it: false only when it cannot (lower-case
 * ASCII without a control character, `{|}~`, `0`, `1`, `3`, `5`, `rn` or `vv`: NFKC and the
 * confusables' map, one character at a time, leave such text as it is). The sender memory asks it
 * of every name it learns or judges, before the skeleton's table lookup (red-team round 193).
 */
export function mayReadOtherwise(s: string, end = s.length): boolean {
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (
      c < 0x20 ||
      c > 0x7a ||
      (c >= 0x41 && c <= 0x5a) ||
      c === 0x30 ||
      c === 0x31 ||
      c === 0x33 ||
      c === 0x35
    )
      return true;
    const next = i + 1 < end ? s.charCodeAt(i + 1) : 0;
    if ((c === 0x72 && next === 0x6e) || (c === 0x76 && next === 0x76)) return true;
  }
  return false;
}

/**
 * `skeleton(s)`, read by hand when `s` is printable ASCII (NFKC and the confusables' map leave it
 * as it is: only the case and the replacements below apply), without the skeleton's table: the
 * sender memory reads the name of each domain it learns, right after an analysis, where a new
 * entry in that table and the Unicode passes cost tens of microseconds (red-team round 193).
 */
export function readingOfLabel(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return skeleton(s);
    const lower = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
    const next = i + 1 < s.length ? s.charCodeAt(i + 1) | 0x20 : 0;
    const nextAscii = i + 1 < s.length && s.charCodeAt(i + 1) >= 0x41 && s.charCodeAt(i + 1) <= 0x7a;
    if (lower === 0x72 && next === 0x6e && nextAscii) {
      out += 'm';
      i++;
    } else if (lower === 0x76 && next === 0x76 && nextAscii) {
      out += 'w';
      i++;
    } else if (lower === 0x30) out += 'o';
    else if (lower === 0x31 || lower === 0x7c) out += 'l';
    else if (lower === 0x33) out += 'e';
    else if (lower === 0x35) out += 's';
    else out += String.fromCharCode(lower);
  }
  return out;
}

function computeSkeleton(label: string): string {
  return removeConfusables(label.normalize('NFKC'))
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/0/g, 'o')
    .replace(/[1|]/g, 'l')
    .replace(/3/g, 'e')
    .replace(/5/g, 's');
}

interface Target {
  label: string;
  domain: string;
  /** Organisational domain of `domain`. */
  org: string;
  name: string;
  /**
   * `brand`: a built-in brand. `reader`: the reader's own domain, configured (`--recipient-domain`,
   * trusted: mail from it is never a look-alike of anything) or read from the message's delivery
   * headers (only ever adds a target: a sender who writes its own Delivered-To cannot use it to
   * whitelist its look-alike). `remembered`: a domain the sender memory holds (lookalikeAmong).
   */
  kind: 'brand' | 'reader' | 'message-reader' | 'remembered';
  /**
   * A remembered label's skeleton when it differs (`cornerstone` read `comerstone`), set only for
   * the sender memory's judging (lookalikeAmong's `readRemembered`): a name glued or hyphenated
   * to the label as read borrows it too (comerstonebilling: red-team round 193).
   */
  read?: string;
}

let brandTargets: Target[] | null = null;

/** targets() per rule context: each domain the rules check (From, Return-Path, Sender, …) asks. */
const targetsFor = new WeakMap<RuleContext, readonly Target[]>();

function targets(ctx: RuleContext): readonly Target[] {
  let known = targetsFor.get(ctx);
  if (!known) {
    known = targetsOf(ctx);
    targetsFor.set(ctx, known);
  }
  return known;
}

function targetsOf(ctx: RuleContext): readonly Target[] {
  brandTargets ??= brandLabels().map(({ label, brand }) => {
    // The brand's domain that has this label (gmail.com for "gmail", yahoo.com for "yahoo"), else its first.
    const domain =
      [...brand.domains, ...(brand.mailboxDomains ?? [])].find((d) => orgLabel(d) === label) ??
      brand.domains[0] ??
      label;
    return { label, domain, org: orgDomain(domain), name: brand.name, kind: 'brand' as const };
  });
  const configured = ctx.options.recipientDomains ?? [];
  const fromMessage = readerDomainsFromMessage(ctx.message, ctx.analysis.hops);
  if (configured.length === 0 && fromMessage.length === 0) return brandTargets;
  const out = [...brandTargets];
  const add = (d: string, kind: Target['kind']) => {
    const org = orgDomain(d);
    // A mailbox at gmail.com or hotmail.co.uk is not an organisation to imitate: hotmail.fr is
    // not a look-alike of a reader at hotmail.com.
    if (!org || isSignUpDomain(org) || out.some((t) => t.org === org && t.kind !== 'brand')) return;
    out.push({ label: orgLabel(org), domain: org, org, name: 'your own organisation', kind });
  };
  for (const d of configured) add(d, 'reader');
  for (const d of fromMessage) add(d, 'message-reader');
  return out;
}

/** One edit apart (two from eight letters on), both at least five letters long, and not the same. */
export function closeEnough(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5) return false;
  const most = b.length >= 8 ? 2 : 1;
  // The edit distance is at least the length difference: most pairs need no distance at all.
  return Math.abs(a.length - b.length) <= most && distance(a, b) <= most;
}

/** The public suffix of an organisational domain (`com.co` for `paypal.com.co`). */
function suffixOf(org: string, label: string): string {
  return org.slice(label.length + 1);
}

export interface LookalikeHit {
  target: Target;
  why: string;
  /** High, except the reader's name under a far-off suffix (a sister domain is plausible). */
  severity: 'high' | 'medium';
}

/**
 * Against the built-in brands alone (no reader domain configured or in the message), the answer
 * depends on the domain only: remembered, as a batch or an inbox meets the same senders again.
 */
const brandOnlyReason = remember((domain: string) => reasonAgainst(domain, brandTargets ?? []));

/** Why `domain` imitates a target, or null. */
export function lookalikeReason(domain: string, ctx: RuleContext): LookalikeHit | null {
  const everything = targets(ctx);
  if (everything === brandTargets) {
    const hit = brandOnlyReason(domain);
    return hit && { ...hit };
  }
  return reasonAgainst(domain, everything) ?? readerNameInFront(domain, everything, ctx);
}

/**
 * The reader's own organisation's name as a whole label in front of another domain
 * (tidewater.example.co) or as a mail platform's tenant writing from outside
 * (tidewater.onmicrosoft.com, whose own tenant's mail stays inside): judged as the sender memory's
 * names are (red-team round 83). Not a help desk's or a workspace's tenant (tidewater.zendesk.com
 * is the organisation's own desk writing to its staff).
 */
function readerNameInFront(
  domain: string,
  everything: readonly Target[],
  ctx: RuleContext,
): LookalikeHit | null {
  if (ctx.analysis.origin.insideReceiver) return null;
  const readers = everything
    .filter((t) => t.kind === 'reader' || t.kind === 'message-reader')
    .map((t) => t.org);
  // Every reason asked for below holds the reader's name whole in the domain: most domains hold
  // none, and the look-alike judge is not asked again for them.
  const uni = unicodeDomain(domain);
  if (!readers.some((r) => uni.includes(firstLabel(r)) || domain.includes(firstLabel(r)))) return null;
  const signUp = signUpDomain(asciiDomain(domain));
  if (signUp && (signUp.kind !== 'tenant' || !MAIL_TENANT_PARENTS.has(signUp.provider))) return null;
  if (!signUp && operatorOfOrg(orgDomain(domain))) return null;
  // alderbrook.co.example: a country's second level under a test ending, which the public suffix
  // list does not know (rw37-cpanel-own-vps-from-alias-domain); as alderbrook.co.uk it is one name.
  // Under a real ending the public suffix list knows its second levels: tidewater.co.ltd is a
  // name anyone registers under .ltd (probe86).
  if (!signUp && TEST_ENDING.test(domain) && SECOND_LEVELS.has(orgLabel(orgDomain(domain)))) return null;
  const hit = lookalikeAmong(domain, readers, ctx);
  return hit && hit.why === 'starts with the name of'
    ? { ...hit, target: { ...hit.target, name: 'your own organisation' } }
    : null;
}

/** The reserved test endings (RFC 2606), under which the corpus stands in for real countries' names. */
const TEST_ENDING = /\.(?:example|test|invalid|localhost)$/;

/** Second-level labels of country endings (co.uk, com.au, org.nz). */
const SECOND_LEVELS: ReadonlySet<string> = new Set([
  'co',
  'com',
  'net',
  'org',
  'ac',
  'gov',
  'edu',
  'ltd',
  'plc',
]);

/**
 * Why `domain` imitates one of `orgs` (organisational domains: the sender memory's), or null.
 * What lookalikeReason finds against the brands and the reader is not asked again; its guard
 * holds: a brand's own, a public mailbox or the reader's own domain imitates nothing, and a public
 * mailbox domain (gmail.com) is nothing to imitate.
 */
export function lookalikeAmong(
  domain: string,
  orgs: readonly string[],
  ctx: RuleContext,
  readRemembered = false,
): LookalikeHit | null {
  const among: Target[] = [];
  for (const org of orgs) {
    // A public mailbox domain is anyone's; a remembered tenant (globex.zendesk.com, a Shopify
    // store, a Microsoft 365 tenant) is one customer's name, which another platform's tenant or a
    // glued word imitates (globex.freshdesk.com, globexbilling.zendesk.com: red team 112).
    if (signUpDomain(org)?.kind === 'freemail') continue;
    const label = firstLabel(org);
    const target: Target = { label, domain: org, org, name: org, kind: 'remembered' };
    // The sender memory's names also as read (`readRemembered`; the other callers judge as before).
    if (readRemembered && mayReadOtherwise(label)) {
      const read = readingOfLabel(label);
      if (read !== label) target.read = read;
    }
    among.push(target);
  }
  return among.length === 0 ? null : reasonAgainst(domain, targets(ctx), among);
}

/**
 * Words senders use for their own subdomains (`alerts.<bank>`, `updates.<shop>`): a remembered
 * domain named so (updates.com) is not imitated by every sender that has such a subdomain.
 */
const SUBDOMAIN_WORDS = new Set([
  'accounts',
  'alerts',
  'billing',
  'bounce',
  'bounces',
  'careers',
  'contact',
  'customer',
  'events',
  'invoices',
  'mailer',
  'marketing',
  'newsletter',
  'notifications',
  'notify',
  'noreply',
  'orders',
  'secure',
  'service',
  'support',
  'updates',
]);

/**
 * Brand labels that are everyday words too: a sender's own hyphenated name holds them
 * (`go-live.org`, `meet-me.org`, `office-depot.com`, `big-apple-tours`, `amazon-rainforest`,
 * `business-outlook`; rw64-gmail-offline-kro-kr-live-jazz-busan-signed), so they are borrowed only
 * beside a word of an account or a service (LURE_WORDS: `live-login`, `apple-id-support`).
 */
const WORD_LABELS: ReadonlySet<string> = new Set([
  'live',
  'me',
  'mac',
  'meta',
  'office',
  'aws',
  'apple',
  'amazon',
  'outlook',
  'adobe',
]);

/** What a look-alike puts beside a brand's name: an account, a sign-in, a service desk, a payment. */
// biome-ignore format: a list of words, kept compact
const LURE_WORDS: ReadonlySet<string> = new Set([
  'access', 'account', 'accounts', 'alert', 'alerts', 'auth', 'billing', 'care', 'center', 'centre',
  'confirm', 'customer', 'customers', 'desk', 'help', 'helpdesk', 'id', 'login', 'logon', 'mail',
  'notice', 'official', 'online', 'password', 'pay', 'payment', 'payments', 'portal', 'prime',
  'recovery', 'refund', 'refunds', 'reset', 'secure', 'security', 'service', 'services', 'signin',
  'sign', 'support', 'team', 'unlock', 'update', 'verify', 'verification', 'wallet',
  // documents and mailboxes shared, orders delivered: what "Office" and "Amazon" lures are about
  'doc', 'docs', 'document', 'documents', 'share', 'shared', 'file', 'files', 'drive', 'cloud',
  'storage', 'mailbox', 'inbox', 'webmail', 'sso', 'invoice', 'invoices', 'receipt', 'order',
  'orders', 'delivery', 'tracking', 'shipping', 'renew', 'renewal', 'subscription', 'member',
  'members',
  // purchases cancelled, ads accounts, second factors (probe68)
  'purchase', 'purchases', 'cancel', 'cancellation', 'mfa', '2fa', 'otp',
  // claims and help (probe68's amazon-refund-claim; apple-konto-hilfe)
  'claim', 'claims', 'hilfe', 'aide', 'ayuda', 'aiuto', 'assistance',
  // the same in the readers' other languages (probe69: apple-konto, amazon-kundenservice)
  'konto', 'kunden', 'kundendienst', 'rechnung', 'zahlung', 'sicherheit', 'anmelden', 'anmeldung',
  'compte', 'facture', 'paiement', 'securite', 'connexion', 'cuenta', 'factura', 'pago', 'soporte',
  'seguridad', 'conta', 'suporte', 'pagamento', 'fattura', 'assistenza', 'sicurezza', 'accesso',
]);

/**
 * Words that name a brand's product right after its name and stand between it and a lure word
 * (`outlook-web-access`, `apple-store-support`, `applestore-billing`: probe69); alone they lure
 * nothing (`outlook-web-design`).
 */
const PRODUCT_NAMES: ReadonlySet<string> = new Set(['web', 'owa', 'app', 'apps', 'webapp', 'store']);

/**
 * Words that lure only after the brand's name, as its products are named (Meta Business, Amazon
 * Business, Meta Ads: probe68-outlook-meta-business-ads-online); before it they are a newsletter's
 * own (`business-outlook`).
 */
const PRODUCT_WORDS: ReadonlySet<string> = new Set(['business', 'ads']);

/**
 * Whether a name's hyphenated `parts` borrow brand label `label`:
 * - the label as a part (`paypal-help`); an everyday word (WORD_LABELS) only with a lure word
 *   right beside it, digits skipped (`apple-id-support`, `office-365-mfa`; not `apple-farm-orders`,
 *   `apple-valley-care`, `office-depot`: probe68, rw65);
 * - two parts that make the label together (`office-365` is office365);
 * - a part that is the label with lure words glued on (`appleidsupport`, `officeverify`,
 *   `paypalsupport`, `dhltracking`, `secureamazon`: probe68), for labels of four letters or more
 *   and those of three that are no everyday word (dhl, msn).
 */
function brandBorrowed(written: readonly string[], label: string): boolean {
  const word = WORD_LABELS.has(label);
  // Accents folded (amazon-sécurité is amazon-securite: probe72).
  const parts = written.map(foldAccents);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === label || (word && p.startsWith(label) && PRODUCT_NAMES.has(p.slice(label.length)))) {
      if (!word || (lureBeside(parts, i) && onlyLures(parts, i))) return true;
    } else if (i + 1 < parts.length && p + parts[i + 1] === label) {
      return true;
    } else if ((label.length >= 4 || (label.length === 3 && !word)) && gluedLure(p, label, word)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the first part on either side of `parts[i]` that is not all digits is a lure word (or,
 * after it, a product word).
 */
function lureBeside(parts: readonly string[], i: number): boolean {
  for (const step of [-1, 1]) {
    let j = i + step;
    // Digits, and after the brand's name its product's (outlook-web-access).
    while (
      j >= 0 &&
      j < parts.length &&
      (/^\d+$/.test(parts[j]!) || (step === 1 && PRODUCT_NAMES.has(parts[j]!)))
    )
      j += step;
    const p = parts[j];
    if (p !== undefined && (isLure(p) || (step === 1 && PRODUCT_WORDS.has(p)))) return true;
  }
  return false;
}

/**
 * Whether every part but `parts[i]` lures (a lure word, a product word, digits, or a filler of three
 * letters or fewer: `apple-id-verify-now`): a further word of the sender's own makes the name a
 * firm's (`live-sicherheit-nord`, `live-compte-rendu`, `conta-me-historias`: rw69).
 */
function onlyLures(parts: readonly string[], i: number): boolean {
  return parts.every(
    (q, j) =>
      j === i ||
      q.length <= 3 ||
      /^\d+$/.test(q) ||
      isLure(q) ||
      PRODUCT_NAMES.has(q) ||
      PRODUCT_WORDS.has(q),
  );
}

/** A lure word or its plural (`ids`: probe72), or lure words glued together (`kundenservice`, `securelogin`). */
function isLure(part: string): boolean {
  return (
    LURE_WORDS.has(part) ||
    (part.endsWith('s') && LURE_WORDS.has(part.slice(0, -1))) ||
    (part.endsWith('es') && LURE_WORDS.has(part.slice(0, -2))) ||
    (part.length > 0 && part.length <= 32 && lureRun(part, LURE_WORDS))
  );
}

/** A label's letters without their accents (`sécurité` → `securite`). */
function foldAccents(part: string): string {
  return /^[\x00-\x7f]*$/.test(part) ? part : part.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Longest lure word, for the split below. */
const MAX_LURE = Math.max(...[...LURE_WORDS].map((w) => w.length));

/**
 * The lure words that count glued to an everyday brand word: signing in, accounts, payments and
 * shared files. A trade's own words glued to one are a firm's name (`officeservices`, `livehelp`,
 * `applecare`: rw66-gmail-officeservices-firm-signed); hyphenated, LURE_WORDS beside it still count.
 */
// biome-ignore format: a list of words, kept compact
const ACCOUNT_WORDS: ReadonlySet<string> = new Set([
  'account', 'accounts', 'auth', 'billing', 'doc', 'docs', 'document', 'documents', 'drive', 'file',
  'files', 'id', 'login', 'logon', 'mail', 'mailbox', 'mfa', '2fa', 'otp', 'password', 'payment',
  'payments', 'recovery', 'refund', 'refunds', 'reset', 'secure', 'security', 'share', 'shared',
  'sign', 'signin', 'sso', 'unlock', 'verification', 'verify', 'webmail',
]);

/**
 * `part` is `label` with lure words (and digits) glued before or after it, and nothing else; for an
 * everyday brand word (`word`), the word glued right beside it an account word (ACCOUNT_WORDS:
 * `appleidsupport`, `officeverify`; not `officeservices`, `applecare`).
 */
function gluedLure(part: string, label: string, word: boolean): boolean {
  if (part.length <= label.length || part.length > label.length + 24) return false;
  const beside = word ? ACCOUNT_WORDS : LURE_WORDS;
  if (part.startsWith(label)) {
    const rest = part.slice(label.length);
    for (let n = 1; n <= Math.min(MAX_LURE, rest.length); n++)
      if (beside.has(rest.slice(0, n)) && lureRun(rest.slice(n), LURE_WORDS)) return true;
  }
  if (part.endsWith(label)) {
    const rest = part.slice(0, part.length - label.length);
    for (let n = 1; n <= Math.min(MAX_LURE, rest.length); n++)
      if (beside.has(rest.slice(rest.length - n)) && lureRun(rest.slice(0, rest.length - n), LURE_WORDS))
        return true;
  }
  return false;
}

/** Whether `w` is one of `words` or a run of digits. */
function isPiece(w: string, words: ReadonlySet<string>): boolean {
  return words.has(w) || /^\d+$/.test(w);
}

/** For each end, whether `s` up to it splits wholly into `words` and runs of digits. */
function prefixSplits(s: string, words: ReadonlySet<string>): boolean[] {
  const ok = [true];
  for (let end = 1; end <= s.length; end++) {
    ok[end] = false;
    for (let start = Math.max(0, end - MAX_LURE); start < end && !ok[end]; start++)
      ok[end] = ok[start]! && isPiece(s.slice(start, end), words);
  }
  return ok;
}

/** For each start, whether `s` from it splits wholly into `words` and runs of digits. */
function suffixSplits(s: string, words: ReadonlySet<string>): boolean[] {
  const ok: boolean[] = [];
  ok[s.length] = true;
  for (let start = s.length - 1; start >= 0; start--) {
    ok[start] = false;
    for (let end = start + 1; end <= Math.min(s.length, start + MAX_LURE) && !ok[start]; end++)
      ok[start] = ok[end]! && isPiece(s.slice(start, end), words);
  }
  return ok;
}

/** Whether `s` splits wholly into `words` and runs of digits. */
function lureRun(s: string, words: ReadonlySet<string>): boolean {
  return prefixSplits(s, words)[s.length] === true;
}

/** Most letters glued to a remembered name (`glued`). */
export const MAX_GLUED = 8;

/** `label` is `name` (six letters or more) with at most MAX_GLUED letters glued on before or after it. */
export function glued(label: string, name: string): boolean {
  return (
    name.length >= 6 &&
    label.length > name.length &&
    label.length - name.length <= MAX_GLUED &&
    (label.startsWith(name) || label.endsWith(name))
  );
}

/** Letters around a remembered name held inside a longer label, at most (see heldSpans). */
const MAX_HELD = 24;

/** What may stand around a remembered name held inside a label: lure words, and a reader's "my". */
const HELD_WORDS: ReadonlySet<string> = new Set([
  ...LURE_WORDS,
  ...['my', 'your', 'the', 'bank', 'banking', 'info', 'confirmation', 'reservation', 'reservations'],
  ...['notification', 'notifications'],
]);

/**
 * The spans [start, end) of `label` that lure words (and digits) alone surround, on one side or
 * both: mynorthbankaccount holds northbank between "my" and "account", northbankcustomercare before
 * "customer care" (red-team round 160). A firm's own word beside it makes another firm's name
 * (hotelbookingsolutions is not booking's: red-team round 161). Spans of seven letters or more.
 */
export function heldSpans(label: string): Array<[number, number]> {
  const n = label.length;
  if (n < 8) return [];
  // before[i]: label[0, i) splits into such words; after[j]: label[j, n) does.
  const before = prefixSplits(label, HELD_WORDS);
  const after = suffixSplits(label, HELD_WORDS);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i <= n; i++) {
    if (!before[i]) continue;
    for (let j = n; j >= i + 7; j--)
      if (after[j] && (i > 0 || j < n) && n - (j - i) <= MAX_HELD) spans.push([i, j]);
  }
  return spans;
}

/** `label` holds a remembered `name` of seven letters or more between lure words (heldSpans). */
export function held(label: string, name: string): boolean {
  return (
    name.length >= 7 &&
    label.length > name.length &&
    label.includes(name) &&
    heldSpans(label).some(([i, j]) => j - i === name.length && label.startsWith(name, i))
  );
}

/** Endings of a whole domain name placed in front of another (see reasonAgainst). */
const ADDRESS_ENDINGS = new Set(['com', 'net', 'org', 'gov', 'edu']);

/** The registrable domain that `name` (the labels before an organisational domain) ends with, when its
 *  ending reads as an address's end; else null. */
function embeddedDomain(name: string): string | null {
  const suffix = icannPublicSuffix(name);
  if (!suffix || !(suffix.includes('.') || ADDRESS_ENDINGS.has(suffix))) return null;
  return registrableDomain(name);
}

/** Why `domain` imitates one of `among` (default: `everything`); `everything` decides what imitates nothing. */
function reasonAgainst(
  domain: string,
  everything: readonly Target[],
  among: readonly Target[] = everything,
): LookalikeHit | null {
  return reasonRead(domain, everything, among, false) ?? reasonRead(domain, everything, among, true);
}

/**
 * The registrable domain under the PSL's private section too (`northbank.pp.ua`), or ''; under the
 * free dynamic-DNS zones the PSL does not list (FREE_DNS_ZONES), the name a user took there.
 */
function privateOrg(name: string): string {
  const host = hostKey(name);
  const own = registrableDomain(host, { privateSuffixes: true }) ?? '';
  if (!FREE_DNS_ZONES.has(own)) return own;
  const label = host
    .slice(0, host.length - own.length - 1)
    .split('.')
    .pop();
  return label ? `${label}.${own}` : '';
}

/**
 * Free DNS zones the PSL does not list (FreeDNS's most used shared domains, Korea's free zones,
 * other dynamic DNS): anyone adds A, MX and TXT records for a name under them, so `paypal.mooo.com`
 * and `paypal.uk.to` are that user's names, "paypal" under another ending
 * (probe63-gmail-paypal-freedns-mooo-com-authenticated-online, probe66). A zone not listed here
 * nor in the PSL is read as an organisation of its own (README, "What still fools"). The look-alike rule
 * alone reads them so; DMARC's organisational domain stays the PSL's.
 */
// biome-ignore format: a list of names, kept compact
const FREE_DNS_ZONES: ReadonlySet<string> = new Set([
  // FreeDNS (afraid.org)
  'mooo.com', 'us.to', 'uk.to', 'my.to', 'eu.to', 'ftp.sh', 'chickenkiller.com', 'ignorelist.com',
  'strangled.net', 'jumpingcrab.com', 'crabdance.com', 'twilightparadox.com', 'afraid.org',
  // the Korean free zones of 내도메인.한국 (probe66-gmail-wellsfargo-kro-kr-offline)
  'kro.kr', 'p-e.kr', 'o-r.kr', 'n-e.kr', 'r-e.kr',
  // other free dynamic DNS
  'ydns.eu', 'x10.mx', 'myddns.me', 'tplinkdns.com',
]);

/**
 * reasonAgainst for one reading of the name: its organisation under the ICANN section (and the
 * registry zones, lib/dns/registrable.ts), or, `underPrivate`, under the PSL's private section,
 * asked only of a name that lies under a private suffix: the free and sold zones (`pp.ua`, `us.kg`,
 * `duckdns.org`…) and the platforms' customer zones (`awsapps.com`, `s3.amazonaws.com`), whose
 * names their registrants pick, so that northbank.pp.ua is "northbank" under another ending
 * (probe59, probe60); a platform's own name there (`login.awsapps.com`) is still its own.
 */
function reasonRead(
  domain: string,
  everything: readonly Target[],
  among: readonly Target[],
  underPrivate: boolean,
): LookalikeHit | null {
  const uni = unicodeDomain(domain);
  let org = orgDomain(uni);
  let label = orgLabel(uni);
  let asciiOrg = orgDomain(domain);
  // A brand's own or public mailbox domain (gmail.com is no look-alike of anything), and the
  // configured reader's own domain. A tenant (`paypal-help.onmicrosoft.com`) is judged by its
  // tenant name in lib/findings/brand-freemail.ts.
  // Regional free-mail domains (hotmail.fr, yahoo.co.jp) are the providers' own, not imitations.
  let platform = operatorOfOrg(asciiOrg) || operatorOfOrg(org) || isSignUpDomain(asciiOrg);
  if (underPrivate) {
    const privateUni = privateOrg(uni);
    const privateAscii = privateOrg(domain);
    if (!privateUni.endsWith(`.${org}`) || !privateAscii.endsWith(`.${asciiOrg}`)) return null;
    org = privateUni;
    asciiOrg = privateAscii;
    label = org.slice(0, org.indexOf('.'));
    // A name a customer picks under a known platform's private suffix is the customer's
    // (northbank.awsapps.com, a WorkMail alias: probe60-box-awsapps-workmail-reader-name-online);
    // the platform's own names there (login.awsapps.com) are still its own.
    platform = operatorOfOrg(asciiOrg) || operatorOfOrg(org) || isSignUpDomain(asciiOrg);
  }
  const isOwn = (t: Target) => t.domain === asciiOrg || t.org === org;
  const sub = uni.slice(0, Math.max(0, uni.length - org.length));
  // Against the sender memory's domains (lookalikeAmong), a name under a platform or another
  // organisation is judged by its labels: northbank.onmicrosoft.com, a tenant anyone can name, or
  // northbank.evil.com (sender-memory red team).
  const remembered = among !== everything;
  if (platform && !(remembered && sub)) return null;
  if (!platform && everything.some((t) => t.kind !== 'message-reader' && isOwn(t))) return null;
  const all = among.filter((t) => !isOwn(t));
  const mixed = scriptsOf(label).length > 1;
  const skel = skeleton(label);
  const parts = label.split('-');
  // The parts as read (n0rthbank-secure holds northbank): against a name not a brand's, whose
  // everyday-word rules read the parts as written (sender-memory red team 112).
  const readParts = skel === label ? parts : skel.split('-');
  const high = (target: Target, why: string): LookalikeHit => ({ target, why, severity: 'high' });
  for (const t of all) {
    if (skel === t.label && label !== t.label)
      return high(
        t,
        mixed ? 'mixes alphabets so that it reads like' : 'uses look-alike characters to read like',
      );
    if (closeEnough(label, t.label) || (skel !== label && closeEnough(skel, t.label)))
      return high(t, 'is one or two letters away from');
    if (
      label !== t.label &&
      (t.kind === 'brand'
        ? brandBorrowed(parts, t.label)
        : parts.includes(t.label) ||
          readParts.includes(t.label) ||
          (t.read !== undefined &&
            parts.length > 1 &&
            (parts.includes(t.read) || readParts.includes(t.read))))
    )
      return high(t, 'borrows the name of');
    // A remembered name of six letters or more with a word glued on (northbanksecure), as
    // written or as read (nоrthbanksecure with a Cyrillic о), or one of seven held inside a longer
    // label (mynorthbankaccount); for the sender memory, the remembered name as read too
    // (comerstonebilling beside cornerstone: `read`, red-team round 193).
    if (
      t.kind === 'remembered' &&
      (glued(label, t.label) ||
        glued(skel, t.label) ||
        held(label, t.label) ||
        held(skel, t.label) ||
        (t.read !== undefined &&
          (glued(label, t.read) || glued(skel, t.read) || held(label, t.read) || held(skel, t.read))))
    )
      return high(t, 'borrows the name of');
    // The reader's own name with a desk's word or a company form glued on (tidewaterpayroll,
    // tidewatergroup), as tidewater-payroll is: not any word (tidewaterlogistics is another firm's).
    if (
      (t.kind === 'reader' || t.kind === 'message-reader') &&
      t.label.length >= 4 &&
      gluedDesk(label.replace(/-/g, ''), t.label)
    )
      return high(t, 'borrows the name of');
  }
  // paypal.secure-login.example, apple.support-desk.example: a brand's name as a whole label in
  // front of another organisation's domain (an everyday word only where a lure word stands in the
  // name too: live.jazz-club.example is a club's).
  if (sub) {
    const labels = sub.slice(0, -1).split('.');
    const lure = [...labels, ...parts].some((l) => LURE_WORDS.has(l));
    for (const t of all)
      if (
        t.kind === 'brand' &&
        t.label.length >= 4 &&
        labels.includes(t.label) &&
        (!WORD_LABELS.has(t.label) || lure)
      )
        return high(t, 'starts with the name of');
  }
  // paypal.com.co, acme-corp.co: the very same name registered under another public suffix, by
  // whoever got there first. For a brand that is a look-alike (its real country domains are in
  // BRANDS). For the reader's own organisation it may be a sister domain (acme-corp.co.uk), so
  // it is high only when the suffix itself imitates the real one (com → co, com → com.co).
  for (const t of all) {
    if (label !== t.label || label === '') continue;
    const why = 'is the same name under another ending than';
    if (t.kind === 'brand') return high(t, why);
    const mine = suffixOf(t.org, t.label);
    const theirs = suffixOf(org, label);
    const imitates = theirs.startsWith(`${mine}.`) || distance(mine, theirs) <= 1;
    return { target: t, why, severity: imitates ? 'high' : 'medium' };
  }
  // paypal.com.account-check.example: a brand's full domain placed in front of another domain.
  if (sub) for (const t of all) if (sub.includes(`${t.domain}.`)) return high(t, 'starts with the name of');
  // A remembered name (six letters or more, not a subdomain word) as a label in front of another organisation's
  // domain: northbank.evil.com, northbank.example.co, northbank.onmicrosoft.com.
  if (sub && remembered) {
    const labels = sub.split('.');
    for (const t of all)
      if (
        t.kind === 'remembered' &&
        t.label.length >= 6 &&
        !SUBDOMAIN_WORDS.has(t.label) &&
        labels.some((l) => l === t.label || glued(l, t.label))
      )
        return high(t, 'starts with the name of');
  }
  // acmebank.co.uk.attacker.example: any whole domain name in front, when its ending is one a
  // reader takes for the end of an address (a country's second level such as co.uk, or com, net,
  // org, gov, edu). Single-label endings are left out: news.info.example.com is a subdomain, not a
  // domain called news.info.
  const inner = among === everything && sub ? embeddedDomain(sub.slice(0, -1)) : null;
  if (inner && inner !== org)
    return high(
      { label: orgLabel(inner), domain: inner, org: inner, name: 'another domain', kind: 'brand' },
      'starts with the name of',
    );
  if (mixed && among === everything)
    return high(
      { label, domain: uni, org, name: 'a different-looking name', kind: 'brand' },
      'mixes alphabets, a trick used to imitate',
    );
  // northbɑnk, northbanĸ, nᴏrthbank: one script, so never mixed, but letters of phonetic or
  // historic notation that read as ASCII ones (lookalike-letters.ts); named as the plain spelling.
  if (among === everything && !mixed && label !== '') {
    const disguised = disguisedLetters(label);
    if (disguised) {
      const domain = `${disguised.readsAs}.${suffixOf(org, label)}`;
      return high(
        {
          label: disguised.readsAs,
          domain,
          org: domain,
          name: 'the same name in plain letters',
          kind: 'brand',
        },
        'uses letters of no everyday alphabet to read like',
      );
    }
  }
  return null;
}

// Each reason above as a key, for the reader's language (the English phrase stays in LookalikeHit).
const WHY_KEYS: Record<string, MessageKey> = {
  'mixes alphabets so that it reads like': 'finding_lookalike_why_mixed',
  'uses look-alike characters to read like': 'finding_lookalike_why_confusable',
  'is one or two letters away from': 'finding_lookalike_why_typo',
  'borrows the name of': 'finding_lookalike_why_borrows',
  'is the same name under another ending than': 'finding_lookalike_why_suffix',
  'starts with the name of': 'finding_lookalike_why_prefix',
  'mixes alphabets, a trick used to imitate': 'finding_lookalike_why_mixed_any',
  'uses letters of no everyday alphabet to read like': 'finding_lookalike_why_rare_letters',
};

export function whyMessage(why: string): Message {
  const key = WHY_KEYS[why];
  return key ? msg(key) : msg('common_text', { text: why });
}

/** The reasons a Reply-To is a misspelling of the From's own domain, not a sister name. */
const MISSPELLING: ReadonlySet<string> = new Set([
  'is one or two letters away from',
  'uses look-alike characters to read like',
  'mixes alphabets so that it reads like',
]);

/**
 * A Reply-To that misspells the From's own domain (kestrel-suppiies.example behind
 * kestrel-supplies.example): the vendor's compromised mailbox, or a thread replayed, sending the
 * answer to the attacker (red-team round 83). Misspellings only: the same name under another
 * ending (acme.co.uk behind acme.com) or with a word added is a firm's other domain.
 */
function replyLikeFrom(domain: string, ctx: RuleContext): LookalikeHit | null {
  const from = ctx.analysis.from?.domain;
  if (!from) return null;
  const org = orgDomain(asciiDomain(from));
  if (!org || sameOrg(org, domain)) return null;
  const hit = lookalikeAmong(domain, [org], ctx);
  return hit && MISSPELLING.has(hit.why) ? hit : null;
}

export const lookalikeRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const out: Finding[] = [];
  const checks: Array<{ domain: string; role: string; header: string }> = [];
  if (a.from?.domain) checks.push({ domain: a.from.domain, role: 'From', header: 'from' });
  for (const r of a.replyTo)
    if (r.domain) checks.push({ domain: r.domain, role: 'Reply-To', header: 'reply-to' });
  // Outlook leads with the Sender ("security@paypal.com.evil.example on behalf of …"): a look-alike
  // there is shown first, and sender-other-org stays quiet when the look-alike is the attacker's
  // own authenticated organisation.
  for (const address of senderAddresses(ctx.message.headers)) {
    const domain = domainOf(address);
    if (domain) checks.push({ domain, role: 'Sender', header: 'sender' });
  }
  const seen = new Set<string>();
  const twin = a.lookalikeTwin;
  for (const c of checks) {
    // One finding per domain, however it is spelt (a UTF-8 From and its A-label in Reply-To).
    const key = asciiDomain(c.domain);
    if (seen.has(key)) continue;
    seen.add(key);
    const hit =
      lookalikeReason(c.domain, ctx) ?? (c.role === 'Reply-To' ? replyLikeFrom(c.domain, ctx) : null);
    const uni = unicodeDomain(c.domain);
    const shown: MessageParam =
      uni !== c.domain ? msg('finding_lookalike_shown_as', { domain: c.domain, uni }) : c.domain;
    if (hit) {
      out.push({
        id: 'lookalike-domain',
        severity: c.role === 'From' ? hit.severity : 'medium',
        ...texts(
          msg('finding_lookalike_domain_title', { role: c.role, shown, target: hit.target.domain }),
          msg(
            hit.severity === 'medium'
              ? 'finding_lookalike_domain_sister_detail'
              : 'finding_lookalike_domain_detail',
            {
              shown,
              why: whyMessage(hit.why),
              name:
                hit.target.name === 'a different-looking name'
                  ? msg('finding_lookalike_different_name')
                  : hit.target.name === 'another domain'
                    ? msg('finding_lookalike_another_domain')
                    : hit.target.name === 'the same name in plain letters'
                      ? msg('finding_lookalike_plain_letters')
                      : hit.target.name,
              target: hit.target.domain,
            },
          ),
        ),
        evidence: uniq(firstHeaderLine(ctx.message, c.header)),
      });
    } else if (c.role === 'From' && twin && orgDomain(asciiDomain(c.domain)) === twin.domain) {
      // nørthbank.example, whose plain-letter twin guards itself with DMARC (lib/engine/lookalike-twin.ts).
      out.push({
        id: 'lookalike-domain',
        severity: 'medium',
        ...texts(
          msg('finding_lookalike_domain_title', { role: c.role, shown, target: twin.twin }),
          msg('finding_lookalike_twin_detail', {
            shown,
            twin: twin.twin,
            letters: twin.letters.join(' '),
            policy: twin.policy,
          }),
        ),
        evidence: uniq(firstHeaderLine(ctx.message, c.header)),
      });
    } else if ((uni !== c.domain || !ASCII.test(c.domain)) && !INVISIBLE.test(c.domain)) {
      // Written as a U-label (RFC 6532) the domain is as international as its A-label: the detail
      // names the A-label, the form DNS and the authentication checks use. A domain holding
      // invisible characters is no name to spell out (invisible-characters, from-unparseable).
      out.push({
        id: 'international-domain',
        severity: 'info',
        ...texts(
          msg('finding_international_domain_title', { role: c.role, shown }),
          msg('finding_international_domain_detail', { domain: asciiDomain(c.domain), uni }),
        ),
        evidence: uniq(firstHeaderLine(ctx.message, c.header)),
      });
    }
  }
  return out;
};
