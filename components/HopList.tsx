import { t } from '../lib/i18n';
import type { Hop } from '../lib/types';
import { formatDelay, visibleText } from './format';

/** The Received chain, oldest hop first (the order the message travelled), with the delay of each. */
export function HopList({ hops, originIndex }: { hops: Hop[]; originIndex: number | null }) {
  if (hops.length === 0) return null;
  const ordered = [...hops].sort((a, b) => b.index - a.index);
  return (
    <section class="hops" aria-label={t('hops_label')}>
      <details>
        <summary>
          <h2>{t('hops_heading', { count: hops.length })}</h2>
        </summary>
        <ol data-testid="hops">
          {ordered.map((h) => (
            <li key={h.index} class={h.index === originIndex ? 'hop origin-hop' : 'hop'} data-testid="hop">
              <div class="hop-line">
                <span class="hop-from">
                  {visibleText(h.rdns ?? h.helo ?? h.ip ?? t('hops_unknown'), 200)}
                </span>
                {h.ip && <span class="mono"> [{visibleText(h.ip, 60)}]</span>}
                <span class="muted"> → {visibleText(h.by ?? '?', 200)}</span>
                {h.delaySeconds !== null && <span class="delay"> {formatDelay(h.delaySeconds)}</span>}
                {h.index === originIndex && <span class="tag"> {t('hops_origin')}</span>}
                {h.internal && <span class="tag muted"> {t('hops_internal')}</span>}
              </div>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
