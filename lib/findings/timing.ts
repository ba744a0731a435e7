// Timing in the Received chain (RFC 5321 §4.4 trace fields): long waits, clocks that disagree,
// a Date far from when the message was first relayed, and greylisting at the receiver.
import { type MessageParam, msg } from '../i18n/message';
import { isFetch } from '../message/origin-fetch';
import type { Finding, Hop } from '../types';
import { signedAt, signedFieldNames, vouchingSignatures } from './dkim-tags';
import { durationMessage } from './duration';
import { firstHeaderLine, headerLines, uniq } from './evidence';
import { entryVouched } from './receiver-record';
import type { FindingRule } from './rule';
import { texts } from './text';

/** Hop waits above this are worth a line (mail normally moves in seconds). */
const LONG_HOP_S = 30 * 60;
/** Clocks of different servers may drift a little; beyond this a "negative" delay is clock skew. */
const SKEW_TOLERANCE_S = 5 * 60;
/** Greylisting retries (RFC 6647 §2.1) typically arrive after 1–30 min; senders retry up to hours. */
const GREYLIST_MIN_S = 60;
const GREYLIST_MAX_S = 6 * 3600;
const DATE_BEFORE_S = 24 * 3600;
const DATE_AFTER_S = 2 * 3600;
/**
 * Senders give up on a message after four or five days (RFC 5321 §4.5.4.1): a signature older than
 * this at arrival was not made for this delivery. A week leaves room for a list's moderation queue.
 */
const REPLAY_S = 7 * 24 * 3600;

function hopName(h: Hop): MessageParam {
  return h.by ?? msg('finding_timing_a_server');
}

export const timingRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const out: Finding[] = [];
  const greylistHeaders = headerLines(ctx.message, 'x-greylist');
  const originHop =
    a.origin.hopIndex === null ? null : (a.hops.find((h) => h.index === a.origin.hopIndex) ?? null);
  // A mailbox fetch's wait is the time the message lay in the other mailbox until the receiver
  // collected it (Gmail polls other accounts about hourly): no greylisting, no slow server.
  const retry = originHop && !isFetch(originHop) ? originHop.delaySeconds : null;
  const retryLooksLikeGreylist =
    retry !== null &&
    retry >= GREYLIST_MIN_S &&
    retry <= GREYLIST_MAX_S &&
    (greylistHeaders.length > 0 || retry >= 240);
  if (greylistHeaders.length > 0 || retryLooksLikeGreylist) {
    const waited = retry !== null && retry >= GREYLIST_MIN_S ? durationMessage(retry) : null;
    const by = originHop?.by ? ` ${originHop.by}` : '';
    out.push({
      id: 'greylisting',
      severity: 'info',
      ...(waited
        ? texts(
            msg('finding_greylisting_waited_title', { duration: waited }),
            msg('finding_greylisting_waited_detail', { by, duration: waited }),
          )
        : texts(msg('finding_greylisting_title'), msg('finding_greylisting_detail', { by }))),
      evidence: uniq([...greylistHeaders, originHop?.line]),
    });
  }
  for (const h of a.hops) {
    const d = h.delaySeconds;
    if (d === null || (d > 0 && isFetch(h))) continue;
    if (h === originHop && retryLooksLikeGreylist) continue;
    if (d > LONG_HOP_S) {
      out.push({
        id: 'hop-delay',
        severity: 'low',
        ...texts(
          msg('finding_hop_delay_title', { duration: durationMessage(d), server: hopName(h) }),
          msg('finding_hop_delay_detail'),
        ),
        evidence: [h.line],
      });
    } else if (d < -SKEW_TOLERANCE_S) {
      out.push({
        id: 'clock-skew',
        severity: 'low',
        ...texts(
          msg('finding_clock_skew_title', { duration: durationMessage(d), server: hopName(h) }),
          msg('finding_clock_skew_detail'),
        ),
        evidence: uniq([h.line, a.hops.find((x) => x.index === h.index + 1)?.line]),
      });
    }
  }
  const dated = a.hops.filter((h) => h.date !== null);
  const first = dated.reduce<Hop | null>((lo, h) => (lo === null || h.index > lo.index ? h : lo), null);
  const replay = replayedSignature(ctx, dated);
  if (replay) out.push(replay);
  else if (a.date && first?.date) {
    const gap = (Date.parse(first.date) - Date.parse(a.date)) / 1000;
    if (Number.isFinite(gap) && (gap > DATE_BEFORE_S || gap < -DATE_AFTER_S)) {
      out.push({
        id: 'date-mismatch',
        severity: 'low',
        ...(gap > 0
          ? texts(
              msg('finding_date_before_title', { duration: durationMessage(gap) }),
              msg('finding_date_before_detail'),
            )
          : texts(
              msg('finding_date_after_title', { duration: durationMessage(gap) }),
              msg('finding_date_after_detail'),
            )),
        evidence: uniq([...firstHeaderLine(ctx.message, 'date'), first.line]),
      });
    }
  }
  return out;
};

/**
 * A DKIM replay: the signatures that alone vouch for the From domain (no aligned SPF pass) were
 * all made more than REPLAY_S before the receiver's own timestamp. Whoever holds one signed
 * message of a domain can send it again, unchanged, to anyone; DKIM still passes. When t= is
 * absent (Exchange Online omits it), a signed Date stands for the signing time.
 */
function replayedSignature(ctx: Parameters<FindingRule>[0], dated: Hop[]): Finding | null {
  const a = ctx.analysis;
  // Signatures Exchange Online saw pass before the reader's own rule changed the message count
  // as they did then (lib/findings/receiver-record.ts).
  // An SPF pass through any shared platform (Microsoft 365's, Google's, GoDaddy's … include) says
  // some customer of it sent the message, not the domain: an old genuine notice sent again from
  // any tenant of the bank's platform is a replay as well (red-team round 9,
  // probe9-shared-godaddy-replay-old-signature). The Subject and Reply-To rules count Google's only.
  // A signature that verifies once a list's or a gateway's tag or footer is undone (listRestore)
  // is dated too: the same old notice replayed under "[EXTERNAL] " or dressed as a list post is
  // the same replay (red-team round 21); a list delays a post by minutes or hours, and a week
  // leaves room for its moderation queue. Not the ones a gateway recorded passing: its quarantine,
  // released after a week, would date the gateway's delay, not the signer's.
  const vouching = [
    ...vouchingSignatures(a, () => true, true).filter((d) => d.result === 'pass' || d.listRestore),
    ...(entryVouched(ctx)?.signatures ?? []),
  ];
  if (vouching.length === 0) return null;
  // The topmost dated hop is the receiver's own stamp: when the message arrived.
  const arrival = dated.reduce<Hop | null>((hi, h) => (hi === null || h.index < hi.index ? h : hi), null);
  const arrived = arrival?.date ? Date.parse(arrival.date) : Number.NaN;
  if (!arrival || !Number.isFinite(arrived)) return null;
  // The later of t= and a signed Date: both are the signer's word, and a replay cannot move
  // either (a changed Date breaks the signature). A signer whose t= lags its own signed Date by a
  // week wrote the message this week; only a message signed AND dated long ago is a replay.
  // Offline, every field that fits the provider's pass (DkimCheck.alsoFits) says when it was
  // signed; the oldest of those that say anything counts: a copy without t= or a fresh one beside
  // the genuine field cannot hide the replay (red-team rounds 207 and 208).
  const signed = vouching.map((d) => {
    if (!d.line) return null;
    const times = [d.line, ...(d.alsoFits ?? [])]
      .map((line) => {
        const t = signedAt(line);
        const date = a.date && signedFieldNames(line).includes('date') ? Date.parse(a.date) : Number.NaN;
        if (t === null) return Number.isFinite(date) ? date : null;
        return Number.isFinite(date) ? Math.max(t, date) : t;
      })
      .filter((t): t is number => t !== null);
    return times.length > 0 ? Math.min(...times) : null;
  });
  if (signed.some((t) => t === null)) return null;
  const gap = (arrived - Math.max(...(signed as number[]))) / 1000;
  if (!(gap > REPLAY_S)) return null;
  const domain = a.from?.domain ?? vouching[0]?.domain ?? '';
  return {
    id: 'date-mismatch',
    severity: 'medium',
    ...texts(
      msg('finding_dkim_replay_title', { domain, duration: durationMessage(gap) }),
      msg('finding_dkim_replay_detail', { domain }),
    ),
    evidence: uniq([...vouching.map((d) => d.line), ...firstHeaderLine(ctx.message, 'date'), arrival.line]),
  };
}
