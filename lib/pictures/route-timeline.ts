// The route as a timeline (the inspector's first picture, Microsoft Message Header Analyzer's most
// used view): one bar per Received hop, oldest first like the route list, with its delay and
// marks for what an analyst looks for. Pure: reads the Analysis only.
import type { Analysis, Hop } from '../types';

/**
 * Greylisting (RFC 6647 §2.1): the receiver answers the first attempt with a 4xx and the sender's
 * queue retries; the typical retry arrives 1–30 minutes later (postgrey's default minimum is
 * 300 s; RFC 5321 §4.5.4.1 asks for at least 30 minutes between later retries). Received lines
 * never record the 4xx, so the mark rests on the shape: that wait at the receiver's entry hop
 * (the trust boundary, where the sender first talks to the receiver), or the engine's own
 * `greylisting` finding (which also reads an `X-Greylist` header).
 */
export const GREYLIST_MIN_S = 60;
export const GREYLIST_MAX_S = 30 * 60;
/** A wait longer than this is queueing worth a mark (mail normally moves in seconds). */
export const LONG_WAIT_S = 30 * 60;
/** A hop dated this far after the analysis says its server's clock is ahead. */
const FUTURE_TOLERANCE_S = 5 * 60;

export type RouteMark =
  /** The hop the sender handed the message to the receiver: what is below it was written by the sender side. */
  | 'origin'
  /** The sending side is inside the receiver. */
  | 'internal'
  /** Time goes backwards: this hop is dated before the hop below it (a clock is wrong, or a line is forged). */
  | 'clock-skew'
  /** Dated after the analysis: this server's clock is ahead. */
  | 'future'
  /** A 1–30 min wait at the receiver's entry: a deferral and retry (greylisting), not an error. */
  | 'greylisting'
  /** Waited longer than 30 minutes. */
  | 'long-wait'
  /** The Received line carries no readable date. */
  | 'no-date';

export interface RouteBar {
  /** Hop index (0 = topmost header, nearest the reader). */
  index: number;
  /** Step number along the route, 1 = the first server the message left. */
  step: number;
  from: string;
  ip: string | null;
  by: string | null;
  with: string | null;
  date: string | null;
  delaySeconds: number | null;
  /** Bar length 0..1 on a log scale of the largest wait (seconds to days fit one picture). */
  scale: number;
  marks: RouteMark[];
}

export interface RouteTimeline {
  bars: RouteBar[];
  /** Seconds from the oldest to the newest dated hop, null when fewer than two are dated. */
  totalSeconds: number | null;
}

export function buildRouteTimeline(
  a: Pick<Analysis, 'hops' | 'origin' | 'findings' | 'meta'>,
): RouteTimeline {
  const ordered = [...a.hops].sort((x, y) => y.index - x.index);
  const largest = Math.max(0, ...ordered.map((h) => Math.abs(h.delaySeconds ?? 0)));
  const analysed = Date.parse(a.meta.analysedAt);
  const greylistFinding = a.findings.some((f) => f.id === 'greylisting');
  const bars = ordered.map((h, i): RouteBar => {
    const d = h.delaySeconds;
    const marks: RouteMark[] = [];
    const isOrigin = h.index === a.origin.hopIndex;
    if (isOrigin) marks.push('origin');
    if (h.internal) marks.push('internal');
    if (h.date === null) marks.push('no-date');
    if (d !== null && d < 0) marks.push('clock-skew');
    const at = h.date === null ? Number.NaN : Date.parse(h.date);
    if (Number.isFinite(at) && Number.isFinite(analysed) && (at - analysed) / 1000 > FUTURE_TOLERANCE_S)
      marks.push('future');
    if (isOrigin && d !== null && (greylistFinding || (d >= GREYLIST_MIN_S && d <= GREYLIST_MAX_S)))
      marks.push('greylisting');
    else if (d !== null && d > LONG_WAIT_S) marks.push('long-wait');
    return {
      index: h.index,
      step: i + 1,
      from: hopSender(h),
      ip: h.ip,
      by: h.by,
      with: h.with,
      date: h.date,
      delaySeconds: d,
      scale: d === null || largest === 0 ? 0 : Math.log1p(Math.abs(d)) / Math.log1p(largest),
      marks,
    };
  });
  const times = ordered.map((h) => (h.date ? Date.parse(h.date) : Number.NaN)).filter(Number.isFinite);
  const totalSeconds =
    times.length >= 2 ? Math.round((Math.max(...times) - Math.min(...times)) / 1000) : null;
  return { bars, totalSeconds };
}

function hopSender(h: Hop): string {
  return h.rdns ?? h.helo ?? h.ip ?? 'unknown';
}
