// The Sender field (RFC 5322 §3.6.2): the mailbox that actually sent the message on the author's
// behalf. Outlook shows it first ("Northbank Security on behalf of Alerts"), so a Sender naming
// another organisation borrows that organisation's name for a message it never sent. Legitimate
// uses (mailing lists, calendar and sharing services, delegates) send through the Sender's own
// organisation: its SPF or DKIM passes. A Sender that nothing authenticates is only words.
import { msg } from '../i18n/message';
import { domainOf, parseMailboxes } from '../message/addresses';
import type { Analysis, Finding, Mailbox } from '../types';
import { domainInName, embeddedAddresses, gluedBrand } from './display-name';
import { forwarderRecordedSignatures, vouchingSignatures } from './dkim-tags';
import {
  type Brand,
  brandInName,
  brandInPlainName,
  isBrandDomain,
  namesOnlyDesk,
  orgDomain,
  sameOrg,
} from './domains';
import { firstHeaderLine, headerLines, uniq } from './evidence';
import { listEvidence } from './list-evidence';
import { entryVouched } from './receiver-record';
import { namesFrom } from './reply-to';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

/**
 * Every address the Sender fields show: each mailbox (a Sender holds one, but a sender may write
 * more, or several fields) and any address its display name spells out (`security@bank <x@evil>`).
 */
export function senderAddresses(headers: ReadonlyArray<{ key: string; value: string }>): string[] {
  const out: string[] = [];
  for (const box of senderMailboxes(headers)) {
    if (box.domain) out.push(box.address);
    for (const e of embeddedAddresses(box.displayName)) out.push(e.address);
  }
  return out;
}

/** Every mailbox of every Sender field, in order. */
function senderMailboxes(headers: ReadonlyArray<{ key: string; value: string }>): Mailbox[] {
  // A loop, not filter and flatMap: asked of every message, most of which have no Sender.
  const out: Mailbox[] = [];
  for (const h of headers) if (h.key === 'sender') for (const m of parseMailboxes(h.value)) out.push(m);
  return out;
}

/** Whether an SPF or DKIM pass speaks for the Sender's organisation. */
function vouchedFor(a: Pick<Analysis, 'spf' | 'dkim'>, domain: string): boolean {
  if (a.spf.result === 'pass' && a.spf.domain && sameOrg(a.spf.domain, domain)) return true;
  return a.dkim.some((d) => d.result === 'pass' && d.domain && sameOrg(d.domain, domain));
}

/**
 * Whether a pass the verdict's excuse rests on stands for the From domain though our DMARC check
 * failed: a signature that verifies once a list's or a gateway's changes are undone, one a believed
 * gateway or trusted ARC forwarder recorded passing, or one Exchange Online recorded before the
 * reader's own rule changed the message. The reader then sees "changed by a list" or "tagged by a
 * gateway" beside another organisation's name, as with our own pass (red-team round 21: a Sender
 * added to a replay tagged `[EXTERNAL] ` read "unverified"). The Reply-To and Subject rules ask the
 * same signatures.
 */
function excusedPass(ctx: RuleContext): boolean {
  return (
    vouchingSignatures(ctx.analysis, () => true, true).length > 0 ||
    forwarderRecordedSignatures(ctx).length > 0 ||
    (entryVouched(ctx)?.signatures.length ?? 0) > 0
  );
}

/**
 * Whether `address` is a list's own Sender (Mailman's `devel-bounces@`, Sympa's `-request@`,
 * Google Groups' posting address): list evidence, the Sender at the envelope's domain and at the
 * list's host (List-Post's domain, or the List-Id less its first label), under a name that does
 * not speak as the From. Behind a gateway the reader has not named, our SPF check of the list's
 * envelope fails at the gateway, so nothing vouches for it (real-mail round 24,
 * rw24-list-prefix-gateway-suffix-external). A replayer who writes List-Id, List-Post, the envelope
 * and the Sender at his own list host keeps the finding low, as before round 21.
 */
function listsSender(ctx: RuleContext, address: string): boolean {
  const list = listEvidence(ctx.message);
  if (!list) return false;
  const domain = domainOf(address).toLowerCase();
  const postDomain = list.postAddress ? domainOf(list.postAddress) : '';
  const idHost = list.id.slice(list.id.indexOf('.') + 1);
  // At the list's host; the envelope may be an email service provider's the list relays through
  // (realworld26: Mailman behind a smarthost): a replayer already writes both fields at his own
  // list host, so asking the envelope to be there too stopped nobody.
  if (domain !== postDomain && domain !== idHost) return false;
  const from = ctx.analysis.from;
  return !ctx.message.headers.some(
    (h) =>
      h.key === 'sender' &&
      parseMailboxes(h.value).some(
        (m) =>
          m.address.toLowerCase() === address.toLowerCase() &&
          from !== null &&
          namesFrom(m.displayName, from),
      ),
  );
}

/**
 * What a Sender's display name claims that neither its own address nor the From's organisation is:
 * a brand (`"PayPal Service" <service@attacker.example>`) or another domain (`"northbank.example"
 * <alerts@attacker.example>`). Outlook leads with that name ("PayPal Service <service@attacker.example>
 * on behalf of Jane Doe": MS-OXCMAIL maps Sender to its own property) and Roundcube prints a Sender
 * row whenever its text differs from the From's, while the From, the identity DMARC checks, may carry
 * a plain name (red-team round 181; round 182: the From's own address under a brand's name). A
 * Sender named after its own domain's brand or after the From's (Google Calendar, SharePoint, a
 * delegate naming the firm) claims nothing.
 *
 * `speaksAs`: the name is the brand's desk and nothing else ("PayPal Service", "Microsoft Account
 * Team"), disguised, or a domain: what a forger writes. A name with words of its own beside the
 * brand's ("AWS Platform Team", "Microsoft 365 Champions": Microsoft 365 groups relaying a post,
 * real-mail round 174; "Amazon Landscaping Office") is someone's own, and a low note. `list`: a
 * list's own Sender (listsSender), named by its owner, at a host outside the From's organisation:
 * a forger who writes list fields at his own host beside his own From stays unexcused (round 182).
 */
function senderNameClaim(
  ctx: RuleContext,
  from: { domain: string; address?: string | null; displayName?: string | null },
): { shown: string; name: string; domain: string; speaksAs: boolean; list: boolean } | null {
  const fromAddress = from.address?.toLowerCase() ?? '';
  const fromName = (from.displayName ?? '').trim().toLowerCase();
  for (const box of senderMailboxes(ctx.message.headers)) {
    const name = box.displayName.trim();
    if (!name || !box.domain) continue;
    if (box.address.toLowerCase() === fromAddress && name.toLowerCase() === fromName) continue;
    const list = listsSender(ctx, box.address) && !sameOrg(box.domain, from.domain);
    // A brand glued to its desk's words as one word ("MicrosoftAccountTeam", round 182).
    const glued = gluedBrand(name, box.domain, from.domain);
    const brand = brandInName(name) ?? glued;
    if (brand && !isBrandDomain(brand, box.domain) && !isBrandDomain(brand, from.domain))
      return {
        shown: brand.name,
        name,
        domain: box.domain,
        speaksAs: glued !== null || !brandInPlainName(name) || onlyDesk(name, brand),
        list,
      };
    const domain = domainInName(name, box.domain);
    if (domain && !sameOrg(domain, from.domain))
      return { shown: domain, name, domain: box.domain, speaksAs: true, list };
  }
  return null;
}

/** Whether `name` is `brand`'s name and desk words only ("PayPal Resolution Center"). */
function onlyDesk(name: string, brand: Brand): boolean {
  let rest = name.toLowerCase();
  for (const word of [brand.name.toLowerCase(), ...brand.words]) rest = rest.split(word).join(' ');
  // An administrator's console or a notifier is a desk of the brand's too ("M365 Admin Center").
  rest = rest.replace(ADMIN_WORDS, ' ');
  return rest.trim() === '' || namesOnlyDesk(rest);
}
const ADMIN_WORDS =
  /(?<![\p{L}\p{N}])(?:admin|administrator|administration|notifications?|no-?reply)(?![\p{L}\p{N}])/gu;

export const senderRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const from = a.from;
  if (!from?.domain) return [];
  const claim = senderNameClaim(ctx, { ...from, domain: from.domain });
  const evidence = () =>
    uniq([...headerLines(ctx.message, 'sender').slice(0, 3), ...firstHeaderLine(ctx.message, 'from')]);
  const named: Finding[] = claim
    ? [
        {
          id: 'sender-display-name',
          // Beside the From domain's pass the reader would otherwise see "authenticated" under
          // the name Outlook shows first; elsewhere the DMARC findings already say what matters.
          severity: a.dmarc.result === 'pass' && claim.speaksAs && !claim.list ? 'medium' : 'low',
          ...texts(
            msg('finding_sender_display_name_title', { shown: claim.shown, org: orgDomain(claim.domain) }),
            msg('finding_sender_display_name_detail', {
              name: claim.name,
              shown: claim.shown,
              domain: claim.domain,
              from: from.domain,
            }),
          ),
          evidence: evidence(),
        },
      ]
    : [];
  const shown = senderAddresses(ctx.message.headers).find((address) => {
    const domain = domainOf(address);
    return domain !== '' && !sameOrg(domain, from.domain) && !vouchedFor(a, domain);
  });
  if (!shown) return named;
  const sender = { address: shown, domain: domainOf(shown) };
  const listed = listsSender(ctx, shown);
  // A list's own Sender that also bounces its envelope, beside the author's own pass, where our
  // SPF check ran at a gateway in front of the reader that the reader has not named and the
  // gateway recorded no SPF failure of its own: the list's SPF could not pass there
  // (realworld125-barracuda-mailman-list: Mailman's post behind Barracuda's cloud). Not where it
  // ran at the list server itself: every field here is the sender's text (red-team round 134,
  // real-mail round 134: a replayed notice with a lure as the Sender's name).
  const g = a.gateway;
  const listsEnvelope =
    listed &&
    a.spf.envelopeFrom !== null &&
    sameOrg(domainOf(a.spf.envelopeFrom), sender.domain) &&
    g?.trusted === false &&
    g.ip !== null &&
    a.spf.ip === g.ip &&
    !g.resultsLines.some((l) => /\bspf=(?:fail|softfail)\b/i.test(l));
  const finding: Finding = {
    id: 'sender-other-org',
    // Where the From domain authenticates, the reader would otherwise see "authenticated" beside
    // another organisation's name; elsewhere the DMARC findings already say what matters.
    severity:
      (a.dmarc.result === 'pass' && !listsEnvelope) || (excusedPass(ctx) && !listed) ? 'medium' : 'low',
    ...texts(
      msg('finding_sender_other_org_title', { org: orgDomain(sender.domain), from: orgDomain(from.domain) }),
      msg('finding_sender_other_org_detail', { sender: sender.address, domain: sender.domain }),
    ),
    evidence: evidence(),
  };
  return [...named, finding];
};
