// Which reasons the views show, in what order, and with what weight.
import { type MessageKey, t } from '../lib/i18n';
import type { Analysis, Finding, Severity } from '../lib/types';

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** The pill a reason shows: its severity, or "excused" when the verdict set it aside. */
export type ShownWeight = Severity | 'excused';

/**
 * A DMARC failure the verdict excused (a trusted forwarder's or gateway's record of a pass, a
 * mailing list's proven changes) stays listed, since the check did fail, but not as "high" next to
 * an "unverified" verdict: the two would contradict each other.
 */
export function shownWeight(f: Finding, a: Pick<Analysis, 'verdict'>): ShownWeight {
  if (f.id === 'dmarc-fail' && f.severity === 'high' && a.verdict !== 'spoofed') return 'excused';
  return f.severity;
}

const WEIGHT_KEY: Record<ShownWeight, MessageKey> = {
  high: 'reason_weight_high',
  medium: 'reason_weight_medium',
  low: 'reason_weight_low',
  info: 'reason_weight_info',
  excused: 'reason_weight_excused',
};

/** The pill's word in the reader's language. */
export function weightText(w: ShownWeight): string {
  return t(WEIGHT_KEY[w]);
}

const WEIGHT_ORDER: Record<ShownWeight, number> = { ...ORDER, excused: 2.5 };

export interface ReasonOptions {
  /** Finding ids another part of the view already says (the popup's gateway question). */
  hide?: ReadonlySet<string>;
}

/** Reasons, most serious first, without repeats (same id and title) and without hidden ids. */
export function shownReasons(a: Pick<Analysis, 'verdict' | 'findings'>, opts: ReasonOptions = {}): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of a.findings) {
    if (opts.hide?.has(f.id)) continue;
    const key = `${f.id}\n${f.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out
    .map((f, i) => ({ f, i }))
    .sort((x, y) => WEIGHT_ORDER[shownWeight(x.f, a)] - WEIGHT_ORDER[shownWeight(y.f, a)] || x.i - y.i)
    .map((x) => x.f);
}

/** The popup's gateway question repeats `gateway-untrusted` word for word: shown once. */
export function hiddenByQuestions(a: Pick<Analysis, 'gateway'>): ReadonlySet<string> {
  const g = a.gateway;
  return new Set(g && !g.trusted && g.offer ? ['gateway-untrusted'] : []);
}
