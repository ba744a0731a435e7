// Timing in the Received chain (RFC 5321 §4.4 trace fields): long waits, clocks that disagree,
// a Date far from when the message was first relayed, and greylisting at the receiver.
import type { Finding, Hop } from '../types';
import { formatDuration } from './duration';
import { firstHeaderLine, headerLines, uniq } from './evidence';
import type { FindingRule } from './rule';

/** Hop waits above this are worth a line (mail normally moves in seconds). */
const LONG_HOP_S = 30 * 60;
/** Clocks of different servers may drift a little; beyond this a "negative" delay is clock skew. */
const SKEW_TOLERANCE_S = 5 * 60;
/** Greylisting retries (RFC 6647 §2.1) typically arrive after 1–30 min; senders retry up to hours. */
const GREYLIST_MIN_S = 60;
const GREYLIST_MAX_S = 6 * 3600;
const DATE_BEFORE_S = 24 * 3600;
const DATE_AFTER_S = 2 * 3600;

function hopName(h: Hop): string {
  return h.by ?? 'a server';
}

export const timingRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const out: Finding[] = [];
  const greylistHeaders = headerLines(ctx.message, 'x-greylist');
  const originHop =
    a.origin.hopIndex === null ? null : (a.hops.find((h) => h.index === a.origin.hopIndex) ?? null);
  const retry = originHop?.delaySeconds ?? null;
  const retryLooksLikeGreylist =
    retry !== null &&
    retry >= GREYLIST_MIN_S &&
    retry <= GREYLIST_MAX_S &&
    (greylistHeaders.length > 0 || retry >= 240);
  if (greylistHeaders.length > 0 || retryLooksLikeGreylist) {
    const waited = retry !== null && retry >= GREYLIST_MIN_S ? ` about ${formatDuration(retry)}` : '';
    out.push({
      id: 'greylisting',
      severity: 'info',
      title: `The receiving server deferred the message${waited ? ` for${waited}` : ''} (greylisting)`,
      detail: `Your provider's server${originHop?.by ? ` ${originHop.by}` : ''} asked the sender to try again later${waited ? ` and accepted the retry${waited} afterwards` : ''}. This is greylisting, an anti-spam defence against senders that never retry; it is not an error and says nothing bad about the sender.`,
      evidence: uniq([...greylistHeaders, originHop?.line]),
    });
  }
  for (const h of a.hops) {
    const d = h.delaySeconds;
    if (d === null) continue;
    if (h === originHop && retryLooksLikeGreylist) continue;
    if (d > LONG_HOP_S) {
      out.push({
        id: 'hop-delay',
        severity: 'low',
        title: `The message waited ${formatDuration(d)} before ${hopName(h)} received it`,
        detail:
          'A server queued the message for a long time before passing it on, usually because the next server was busy, unreachable or asked it to retry later. It delays delivery but is not, by itself, a sign of forgery.',
        evidence: [h.line],
      });
    } else if (d < -SKEW_TOLERANCE_S) {
      out.push({
        id: 'clock-skew',
        severity: 'low',
        title: `${hopName(h)} claims to have received the message ${formatDuration(d)} before it was sent on`,
        detail:
          "Time goes backwards between these two Received lines: one server's clock is wrong, or one of the lines was written by the sender to look like something it is not. Lines below your provider's servers are written by whoever sent the message.",
        evidence: uniq([h.line, a.hops.find((x) => x.index === h.index + 1)?.line]),
      });
    }
  }
  const dated = a.hops.filter((h) => h.date !== null);
  const first = dated.reduce<Hop | null>((lo, h) => (lo === null || h.index > lo.index ? h : lo), null);
  if (a.date && first?.date) {
    const gap = (Date.parse(first.date) - Date.parse(a.date)) / 1000;
    if (Number.isFinite(gap) && (gap > DATE_BEFORE_S || gap < -DATE_AFTER_S)) {
      out.push({
        id: 'date-mismatch',
        severity: 'low',
        title:
          gap > 0
            ? `The message is dated ${formatDuration(gap)} before it was first relayed`
            : `The message is dated ${formatDuration(gap)} after it was first relayed`,
        detail:
          gap > 0
            ? 'The Date header is much older than the first Received line: the message may have sat in an outbox, been re-sent, or been given an old date on purpose.'
            : "The Date header lies in the future compared with when servers handled the message: the sender's clock is wrong or the date was forged, sometimes to keep a message at the top of the inbox.",
        evidence: uniq([...firstHeaderLine(ctx.message, 'date'), first.line]),
      });
    }
  }
  return out;
};
