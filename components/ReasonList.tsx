import { t } from '../lib/i18n';
import { findingDetail, findingTitle } from '../lib/i18n/findings';
import type { Analysis } from '../lib/types';
import { visibleText } from './format';
import { type ReasonOptions, shownReasons, shownWeight, weightText } from './reasons';

/** The reasons behind the verdict, most serious first; each opens to the header lines it rests on. */
export function ReasonList({ analysis, hide }: { analysis: Analysis; hide?: ReasonOptions['hide'] }) {
  const sorted = shownReasons(analysis, { hide });
  if (sorted.length === 0) return null;
  return (
    <section class="reasons" aria-labelledby="reasons-h">
      <h2 id="reasons-h">{t('reason_heading')}</h2>
      <ul data-testid="reasons">
        {sorted.map((f, i) => {
          const weight = shownWeight(f, analysis);
          return (
            <li
              key={`${f.id}-${i}`}
              class={`reason sev-${weight}`}
              data-testid="reason"
              data-finding={f.id}
              data-weight={weight}
            >
              <details>
                <summary>
                  <span class="sev">{weightText(weight)}</span> {visibleText(findingTitle(f), 500)}
                </summary>
                <p>{visibleText(findingDetail(f), 2000)}</p>
                {weight === 'excused' && (
                  <p class="small" data-testid="excused-note">
                    {t('reason_excused_note')}
                  </p>
                )}
                {f.evidence.length > 0 && (
                  <pre class="evidence" data-testid="evidence">
                    {f.evidence.map((line) => `${visibleText(line)}\n`).join('')}
                  </pre>
                )}
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
