// Mailing lists (issue 17.5): what the list changed, and a From the list rewrote. The list's own
// header fields are written by whoever sent the message; what makes "changed by the mailing list"
// true is a signature of the From domain that verifies once those changes are undone
// (lib/auth/list-restore.ts). Without that proof a DMARC failure stays a failure.
import { gatewayTags } from '../auth/subject-tag';
import { joined, type Message, msg, sentences } from '../i18n/message';
import type { DkimCheck, Finding, ListRestore } from '../types';
import { oldestTrustedForwarder } from './arc';
import { recordedDmarcFailures } from './arc-record';
import { dmarcState } from './auth-state';
import { firstLabel, orgDomain, sameOrg } from './domains';
import { firstHeaderLine, headerLines, uniq } from './evidence';
import { type ListEvidence, listEvidence, listFromRewrite, listHost } from './list-evidence';
import { type LookalikeHit, lookalikeAmong, whyMessage } from './lookalike';
import { readerAddressesFromMessage } from './reader-domain';
import type { FindingRule } from './rule';
import { texts } from './text';

function changes(r: ListRestore): Message[] {
  return [
    ...(r.subjectTag ? [msg('finding_list_change_tag', { tag: r.subjectTag.trim() })] : []),
    ...(r.removedHeaders.length > 0
      ? [msg('finding_list_change_headers', { headers: r.removedHeaders.join(', ') })]
      : []),
    ...(r.footerBytes > 0 ? [msg('finding_list_change_footer', { bytes: r.footerBytes })] : []),
  ];
}

/**
 * Platforms whose customers' pages are named `<customer>.<platform>`: a company's list footer links
 * to its meetings, intranet and wiki there. A name taken first-come on one of them by an attacker
 * reads as the company's (README, "What still fools"). Not the free sites anyone opens in a minute
 * under any name (`github.io`, `my.site.com`: probe69-gmail-list-not-named-after-bank-footer-
 * salesforce-site), nor the list hosts (a list named after the organisation there is its own).
 */
// biome-ignore format: a list of names, kept compact
const VANITY_PLATFORMS: ReadonlySet<string> = new Set([
  'zoom.us', 'webex.com', 'sharepoint.com', 'atlassian.net', 'slack.com', 'enterprise.slack.com',
  'my.salesforce.com', 'okta.com', 'service-now.com', 'zendesk.com', 'freshdesk.com', 'box.com',
  'app.box.com', 'freshservice.com',
]);

/** Reasons that a name imitates another by its spelling, not by borrowing it as a label. */
const SPELLING = new Set([
  'uses look-alike characters to read like',
  'mixes alphabets so that it reads like',
  'is one or two letters away from',
]);

/**
 * The first host a list's footer links to (ListRestore.footerHosts) that imitates the From
 * domain's organisation, and how (probe65-gmail-attacker-list-footer-link-on-genuine-notice: the
 * attacker's own list relays the bank's genuine signed notice with "Card blocked? Confirm it at
 * https://northbank.example.attacker.example/confirm" below it). The From domain's own hosts are
 * not imitations. On the organisation of a list named after the From domain's (its List-Id
 * carries the name: main.northbank.groups.io, news.lists.northbank-alumni.org) only a full copy of
 * the From domain in front (northbank.example.lists.example) or a spelling trick counts: such a
 * list's footer links to its own pages. A list not named so gets no such leave
 * (probe67-gmail-list-footer-bank-label-on-list-own-org: northbank.attacker.example from the list
 * notices.lists.attacker.example); an attacker who names his list after the bank still has it
 * (README, "What still fools").
 */
function footerImitation(
  hosts: readonly string[],
  from: string,
  list: ListEvidence,
  ctx: Parameters<FindingRule>[0],
): { host: string; hit: LookalikeHit } | null {
  const fromOrg = orgDomain(from);
  const own = listHost(list);
  const listOrg = orgDomain(own);
  // The list's own name carries the organisation's (main.northbank.groups.io,
  // news.lists.northbank-alumni.org): a list named after it, whose pages may be too.
  const label = firstLabel(fromOrg);
  const namedAfter = own.split(/[.-]/).includes(label);
  for (const host of hosts) {
    if (sameOrg(host, fromOrg)) continue;
    // The organisation's own page on a platform that names customers' pages by their name
    // (northbank.zoom.us, northbank.sharepoint.com: rw64), the name exactly and nothing more.
    if (host.startsWith(`${label}.`) && VANITY_PLATFORMS.has(host.slice(label.length + 1))) continue;
    const hit = lookalikeAmong(host, [fromOrg], ctx);
    if (!hit) continue;
    const ownList = namedAfter && orgDomain(host) === listOrg;
    if (ownList && !SPELLING.has(hit.why) && !`.${host}`.includes(`.${fromOrg}.`)) continue;
    return { host, hit };
  }
  return null;
}

/** The List-* fields that name the list's own pages and hosts (RFC 2369). */
const LIST_FIELDS = [
  'list-post',
  'list-unsubscribe',
  'list-subscribe',
  'list-archive',
  'list-help',
  'list-owner',
];
/**
 * Those whose addresses are the list's machinery (posting, joining, leaving). List-Help and
 * List-Owner name people and desks, and the sender writes them: `List-Help: <mailto:card-desk@…>`
 * makes no desk the list's own (probe76).
 */
const LIST_MACHINE_FIELDS = new Set(['list-post', 'list-unsubscribe', 'list-subscribe']);

/** The mailbox part before any `+detail` and the host of an address, lower-case. */
function mailboxOf(address: string): { box: string; host: string } {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const plus = local.indexOf('+');
  return { box: plus > 0 ? local.slice(0, plus) : local, host: address.slice(at + 1) };
}

/**
 * The first of a lure footer's addresses and host names that the list's own fields do not give,
 * the From domain's organisation does not hold, and that is not the reader's own address as the
 * receiver recorded it at delivery (groups.io prints it under every footer). The list's own: the host of any List-* link or address (a
 * LISTSERV's web pages live on the host its mailto fields name); an address of its machinery
 * (List-Post, List-Unsubscribe, List-Subscribe) or one of its `+` forms on the same host (Google's
 * footer gives `group+unsubscribe@googlegroups.com`). The list's organisation is not enough: the
 * attacker's own list names his own desk beside it.
 */
function lureTarget(
  targets: readonly string[],
  from: string,
  ctx: Parameters<FindingRule>[0],
): string | null {
  const hosts = new Set<string>();
  const boxes = new Set<string>();
  for (const h of ctx.message.headers) {
    if (!LIST_FIELDS.includes(h.key)) continue;
    for (const m of h.value.matchAll(/<([^<>\s]{1,2000})>/g)) {
      const link = m[1]!;
      const mail = /^mailto:([^?]{1,255})/i.exec(link);
      if (mail) {
        const address = decodeURIComponentSafe(mail[1]!).toLowerCase();
        if (!address.includes('@')) continue;
        const { box, host } = mailboxOf(address);
        hosts.add(host);
        if (LIST_MACHINE_FIELDS.has(h.key)) boxes.add(`${box}@${host}`);
      } else {
        try {
          hosts.add(new URL(link).hostname.toLowerCase());
        } catch {
          // Not a link.
        }
      }
    }
  }
  // As the final receiver wrote them: a Cc naming the attacker's desk makes it no reader's.
  const readers = new Set(readerAddressesFromMessage(ctx.message, ctx.analysis.hops));
  for (const t of targets) {
    const at = t.lastIndexOf('@');
    if (sameOrg(at >= 0 ? t.slice(at + 1) : t, from) || readers.has(t)) continue;
    if (at < 0) {
      if (hosts.has(t)) continue;
    } else {
      const { box, host } = mailboxOf(t);
      if (boxes.has(`${box}@${host}`)) continue;
    }
    return t;
  }
  return null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** "a, b and c" (no serial comma, as the English text always had). */
function joinAnd(parts: Message[]): Message {
  if (parts.length <= 1) return parts[0] ?? msg('common_text', { text: '' });
  return msg('finding_list_and', { items: joined(parts.slice(0, -1)), last: parts.at(-1)! });
}

export const listRule: FindingRule = (ctx) => {
  const out: Finding[] = [];
  const a = ctx.analysis;
  const from = a.from?.domain ?? '';
  const list = listEvidence(ctx.message);
  const restored = a.dkim.find(
    (d): d is DkimCheck & { listRestore: ListRestore } => d.aligned && !!d.listRestore,
  );
  if (list && restored && from && dmarcState(ctx).result === 'fail') {
    const r = restored.listRestore;
    const added = joinAnd(changes(r));
    const footer =
      r.footerBytes > 0 &&
      msg('finding_list_footer', {
        preview: `${r.footerPreview}${r.footerPreview.length >= 160 ? '…' : ''}`,
        signer: restored.domain,
        from,
      });
    const tag = !!r.subjectTag && msg('finding_list_tag', { tag: r.subjectTag.trim(), from });
    out.push({
      id: 'list-modified',
      severity: 'low',
      ...texts(
        msg('finding_list_modified_title', { list: list.id, added }),
        sentences([
          msg('finding_list_modified_detail', {
            list: list.name === list.id ? list.id : `${list.name} <${list.id}>`,
            signer: restored.domain,
            added,
          }),
          tag,
          footer,
          msg('finding_list_modified_note'),
        ]),
      ),
      evidence: uniq([...list.lines, restored.line]),
    });
  }
  if (list && restored && from && dmarcState(ctx).result === 'fail') {
    const imitation = footerImitation(restored.listRestore.footerHosts, from, list, ctx);
    if (imitation) {
      const { host, hit } = imitation;
      out.push({
        id: 'list-footer-lookalike-link',
        severity: 'medium',
        ...texts(
          msg('finding_list_footer_lookalike_link_title', { host, from }),
          msg('finding_list_footer_lookalike_link_detail', {
            host,
            why: whyMessage(hit.why),
            target: hit.target.domain,
            list: list.id,
            from,
          }),
        ),
        evidence: uniq([...list.lines, restored.line]),
      });
    }
    // A link whose text shows the From domain's own address and that opens another organisation's
    // page (probe67-gmail-list-html-footer-text-shows-bank-href-elsewhere).
    const disguised = restored.listRestore.footerDisguisedLinks.find(
      (l) => sameOrg(l.shown, from) && !sameOrg(l.opens, from),
    );
    if (disguised) {
      out.push({
        id: 'list-footer-disguised-link',
        severity: 'medium',
        ...texts(
          msg('finding_list_footer_disguised_link_title', { shown: disguised.shown, host: disguised.opens }),
          msg('finding_list_footer_disguised_link_detail', {
            shown: disguised.shown,
            host: disguised.opens,
            list: list.id,
            from,
          }),
        ),
        evidence: uniq([...list.lines, restored.line]),
      });
    }
    // A footer that scares about an account and sends the reader to an address or page that is
    // not the list's own (its List-* fields) nor the From domain's (probe75: "Card blocked? Write to
    // card-desk@…" under the bank's genuine signed notice, re-posted by the attacker's own list).
    const lure = restored.listRestore.footerLure;
    const elsewhere = lure ? lureTarget(lure.targets, from, ctx) : null;
    if (lure && elsewhere) {
      out.push({
        id: 'list-footer-lure',
        severity: 'medium',
        ...texts(
          msg('finding_list_footer_lure_title', { word: lure.word, target: elsewhere }),
          msg('finding_list_footer_lure_detail', { word: lure.word, target: elsewhere, list: list.id, from }),
        ),
        evidence: uniq([...list.lines, restored.line]),
      });
    }
  }
  // No list, and only a subject tag undone: a tag added on the way (an inbound gateway's
  // `[EXTERNAL] `, before the reader's provider checked the message). The restored signature
  // proves that the From domain signed everything else; what a sender could add this way it could
  // send as a plain replay of that signed message, which would read "authenticated".
  const tagOnly = restored?.listRestore;
  if (
    !list &&
    restored &&
    tagOnly?.subjectTag &&
    // A gateway's or filter's own words only (EXTERNAL, External Sender, Caution: External,
    // ***Spam***, or two of them: `CAUTION: EXTERNAL EMAIL: `; gatewayTag in lib/auth/subject-tag.ts, which also takes a tag from the end of
    // the Subject by them): a bracket holding a lure, a phone number or an address was written by
    // whoever replayed the signed notice under it
    // (probe13-subject-tag-lure-phone-number-on-bank-replay).
    gatewayTags(tagOnly.subjectTag) &&
    tagOnly.removedHeaders.length === 0 &&
    tagOnly.footerBytes === 0 &&
    from &&
    dmarcState(ctx).result === 'fail'
  ) {
    const tag = tagOnly.subjectTag.trim();
    out.push({
      id: 'subject-tag-added',
      severity: 'low',
      ...texts(
        msg('finding_subject_tag_added_title', { tag }),
        msg('finding_subject_tag_added_detail', { tag, signer: restored.domain, from }),
      ),
      evidence: uniq([...firstHeaderLine(ctx.message, 'subject'), restored.line]),
    });
  }
  const rewrite = listFromRewrite(ctx.message);
  // A list rewrites From for authors whose domain publishes quarantine or reject; a forwarder whose
  // record HeaderLens believes (Google Groups' own seal) recording that the author's domain failed
  // DMARC says the post was not the author's: the attacker's own group relaying its spoof of a
  // bank (probe8-google-group-rewrite-bank-spoof). Genuine posts record a pass there.
  // The record says whose DMARC failed: the author's domain as the list saw its From, whichever
  // mailbox (Reply-To, Cc, X-Original-From, all the poster's or the group's choice) names the
  // author here (probe9-google-group-cc-names-author-elsewhere). The group's own domain is not
  // the author's.
  const named = (rewrite?.authorAddress?.split('@')[1] ?? '').toLowerCase();
  const forwarder = rewrite ? oldestTrustedForwarder(ctx) : null;
  const failures = forwarder ? recordedDmarcFailures(ctx, forwarder.instance) : null;
  const failedDomain = failures
    ? (failures.domains.find((d) => d === named) ??
      failures.domains.find((d) => !a.from?.domain || !sameOrg(d, a.from.domain)))
    : undefined;
  const authorDomain = failedDomain ?? named;
  const failedLine = failedDomain ? failures!.line : null;
  if (rewrite && a.from && forwarder && failedLine) {
    out.push({
      id: 'list-author-dmarc-failed',
      severity: 'medium',
      ...texts(
        msg('finding_list_author_dmarc_failed_title', { list: rewrite.listName, author: authorDomain }),
        msg('finding_list_author_dmarc_failed_detail', {
          list: rewrite.listName,
          author: rewrite.authorAddress ?? authorDomain,
          domain: authorDomain,
          sealer: forwarder.sealer,
          from,
        }),
      ),
      evidence: uniq([
        ...firstHeaderLine(ctx.message, 'from'),
        failedLine,
        ...firstHeaderLine(ctx.message, 'reply-to'),
        ...headerLines(ctx.message, 'list-id'),
      ]),
    });
  } else if (rewrite && a.from) {
    out.push({
      id: 'list-from-rewritten',
      severity: 'info',
      ...texts(
        msg('finding_list_from_rewritten_title', { list: rewrite.listName }),
        msg('finding_list_from_rewritten_detail', {
          name: a.from.displayName,
          address: a.from.address,
          author: `${rewrite.author}${rewrite.authorAddress ? ` <${rewrite.authorAddress}>` : ''}`,
          from,
        }),
      ),
      evidence: uniq([
        ...firstHeaderLine(ctx.message, 'from'),
        ...firstHeaderLine(ctx.message, 'reply-to'),
        ...headerLines(ctx.message, 'list-id'),
      ]),
    });
  }
  return out;
};
