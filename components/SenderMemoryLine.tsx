// "Usual for this sender" (issue 21): one line under the reasons, from what the sender memory knew
// before this message (Analysis.memory) and the memory findings, with the history behind it.
// Renders typed data only; names from the message go through visibleText (escaped by Preact).
import { useState } from 'preact/hooks';
import { t, uiLocale } from '../lib/i18n';
import { findingTitle } from '../lib/i18n/findings';
import type { Analysis, Finding } from '../lib/types';
import { visibleText } from './format';

const MEMORY_IDS = new Set(['new-infrastructure', 'dkim-selector-changed', 'dkim-domain-changed']);

function day(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(d);
}

/** The short words for what is new, from the memory findings of this analysis. */
function newParts(a: Analysis, findings: Finding[]): string[] {
  const m = a.memory!;
  const parts: string[] = [];
  for (const f of findings) {
    if (f.id === 'new-infrastructure' && m.current.infra)
      parts.push(t('memory_part_network', { name: m.current.infra.name }));
    else if (f.id === 'dkim-selector-changed')
      for (const s of m.current.signers) parts.push(t('memory_part_selector', { selector: s.selector }));
    else if (f.id === 'dkim-domain-changed')
      parts.push(
        m.current.signers.length === 0
          ? t('memory_part_unsigned')
          : t('memory_part_signer', { domain: m.current.signers.map((s) => s.domain).join(', ') }),
      );
  }
  return [...new Set(parts)];
}

/**
 * A message the user may vouch for: its From domain did not fail DMARC and it is not spoofed (the
 * memory refuses those anyway), and the domain is not already marked.
 */
export function canMarkKnownGood(a: Analysis): boolean {
  return !!a.memory && !a.memory.known?.knownGood && a.dmarc.result !== 'fail' && a.verdict !== 'spoofed';
}

export function SenderMemoryLine({
  analysis,
  onMarkKnownGood,
}: {
  analysis: Analysis;
  onMarkKnownGood?: () => Promise<string | null>;
}) {
  const [mark, setMark] = useState<{ busy: boolean; done: boolean; error: string | null }>({
    busy: false,
    done: false,
    error: null,
  });
  const m = analysis.memory;
  if (!m) return null;
  const domain = visibleText(m.domain, 120);
  const known = m.known;
  const findings = analysis.findings.filter((f) => MEMORY_IDS.has(f.id));
  const first = analysis.findings.find((f) => f.id === 'first-contact');
  let line: string;
  let tone: 'usual' | 'new' | 'first';
  if (!known) {
    tone = first?.severity === 'medium' ? 'new' : 'first';
    line = first?.severity === 'medium' ? `⚠ ${findingTitle(first)}` : t('memory_first', { domain });
  } else if (findings.length > 0) {
    tone = 'new';
    line = t('memory_new', { what: newParts(analysis, findings).join(', ') || findingTitle(findings[0]!) });
  } else if (analysis.dmarc.result === 'pass') {
    tone = 'usual';
    line = t('memory_usual');
  } else {
    // Known domain, but this message did not authenticate: nothing to compare (DMARC speaks).
    tone = 'first';
    line = t('memory_unchecked', { domain });
  }
  return (
    <section
      class={`sender-memory sender-memory-${tone}`}
      data-testid="sender-memory"
      aria-label={t('memory_heading')}
    >
      <details>
        <summary data-testid="sender-memory-line">{line}</summary>
        {known ? (
          <dl class="small" data-testid="sender-memory-history">
            <dt>{t('memory_history_messages')}</dt>
            <dd>
              {t('memory_history_count', { count: known.count, date: day(known.firstSeen) })}
              {known.knownGood ? ` · ${t('memory_known_good')}` : ''}
            </dd>
            <dt>{t('memory_history_last')}</dt>
            <dd>{day(known.lastSeen)}</dd>
            {known.infra.length > 0 && (
              <>
                <dt>{t('memory_history_infra')}</dt>
                <dd>{known.infra.map((i) => `${visibleText(i.name, 80)} (${i.count})`).join(', ')}</dd>
              </>
            )}
            {known.signers.length > 0 && (
              <>
                <dt>{t('memory_history_signers')}</dt>
                <dd>
                  {known.signers
                    .map(
                      (s) =>
                        `${visibleText(s.domain, 80)} (${s.selectors.map((x) => visibleText(x, 40)).join(', ')})`,
                    )
                    .join('; ')}
                </dd>
              </>
            )}
            {known.spf.length > 0 && (
              <>
                <dt>{t('memory_history_spf')}</dt>
                <dd class="mono">
                  {known.spf.map((s) => `${visibleText(s.mechanism, 80)} (${s.count})`).join(', ')}
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p class="muted small">{t('memory_history_none', { date: day(m.since) })}</p>
        )}
      </details>
      {onMarkKnownGood && canMarkKnownGood(analysis) && !mark.done && (
        <button
          type="button"
          class="link-button"
          data-testid="mark-known-good"
          disabled={mark.busy}
          onClick={async () => {
            setMark({ busy: true, done: false, error: null });
            const error = await onMarkKnownGood().catch((e: unknown) => String((e as Error)?.message ?? e));
            setMark({ busy: false, done: error === null, error });
          }}
        >
          {t('memory_mark_known_good', { domain })}
        </button>
      )}
      {mark.done && (
        <p class="muted small" role="status" data-testid="mark-known-good-done">
          {t('memory_marked_known_good', { domain })}
        </p>
      )}
      {mark.error && (
        <p class="notice small" role="alert">
          {visibleText(mark.error, 300)}
        </p>
      )}
    </section>
  );
}
