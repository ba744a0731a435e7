// Display-name impersonation: most mail apps show only the name, so "support@paypal.com" <x@evil>
// or "PayPal Support" <x@random.example> is what the reader sees.
import type { Finding } from '../types';
import { brandInName, isBrandDomain, orgDomain, sameOrg } from './domains';
import { firstHeaderLine } from './evidence';
import { listFromRewrite } from './list-evidence';
import type { FindingRule } from './rule';

// Look-alike at signs: full-width ＠ (U+FF20), small ﹫ (U+FE6B); NFKC folds both to "@".
// Also ascii "[at]" / "(at)" spellings. Dots: full-width ． (U+FF0E) and ideographic 。 (U+3002).
const AT = String.raw`(?:@|\[at\]|\(at\)|\s+at\s+(?=[\w-]+\.))`;
const EMBEDDED = new RegExp(
  String.raw`([\p{L}\p{N}._%+-]+)\s*${AT}\s*((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})`,
  'iu',
);

/** An address shown inside the display name, normalised; null when there is none. */
export function embeddedAddress(
  displayName: string,
): { address: string; domain: string; lookalikeAt: boolean } | null {
  const folded = displayName.normalize('NFKC').replace(/[。]/g, '.');
  const m = EMBEDDED.exec(folded);
  if (!m?.[1] || !m[2]) return null;
  // "Jane (@jane)" is a social handle: no local part before the at sign, no dotted domain after it.
  const domain = m[2].toLowerCase();
  const lookalikeAt = /[\uFF20\uFE6B]/.test(displayName) || /\[at\]|\(at\)/i.test(displayName);
  return { address: `${m[1]}@${domain}`, domain, lookalikeAt };
}

export const displayNameRule: FindingRule = (ctx) => {
  const from = ctx.analysis.from;
  if (!from?.displayName || !from.domain) return [];
  const out: Finding[] = [];
  const evidence = firstHeaderLine(ctx.message, 'from');
  const shown = embeddedAddress(from.displayName);
  // "alice at example.com via Devel" <devel@lists.example>: a list's From rewrite naming its author
  // (lib/findings/list-evidence.ts, explained by list-from-rewritten); the brand rule still runs.
  const listAuthor = listFromRewrite(ctx.message)?.authorAddress;
  if (shown && !sameOrg(shown.domain, from.domain) && shown.address !== listAuthor) {
    out.push({
      id: 'display-name-address',
      severity: 'high',
      title: `The name shown is the address ${shown.address}, but the message is from ${from.address}`,
      detail: `The sender put "${shown.address}" in the display name, which many mail apps show instead of the real address. The message actually comes from ${from.domain}, a different organisation.${shown.lookalikeAt ? ' It even uses a look-alike character instead of a real "@".' : ''} This is a common impersonation trick.`,
      evidence,
    });
  }
  const brand = brandInName(from.displayName);
  if (
    brand &&
    !isBrandDomain(brand, from.domain) &&
    !(shown && isBrandDomain(brand, shown.domain) && out.length)
  ) {
    out.push({
      id: 'display-name-brand',
      severity: 'medium',
      title: `The name says ${brand.name}, but the message is from ${orgDomain(from.domain)}`,
      detail: `The display name "${from.displayName}" names ${brand.name}, whose mail comes from ${brand.domains.slice(0, 3).join(', ')}. This message comes from ${from.domain} instead. Legitimate partners sometimes do this, but phishing does it all the time: do not trust links or requests in it without checking.`,
      evidence,
    });
  }
  return out;
};
