import type { Finding } from '../lib/types';
import { visibleText } from './format';

const ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;

/** The reasons behind the verdict, most serious first; each opens to the header lines it rests on. */
export function ReasonList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section class="reasons" aria-label="Reasons">
      <h2>Why</h2>
      <ul data-testid="reasons">
        {sorted.map((f) => (
          <li key={f.id} class={`reason sev-${f.severity}`} data-testid="reason" data-finding={f.id}>
            <details>
              <summary>
                <span class="sev">{f.severity}</span> {visibleText(f.title, 500)}
              </summary>
              <p>{visibleText(f.detail, 2000)}</p>
              {f.evidence.length > 0 && (
                <pre class="evidence" data-testid="evidence">
                  {f.evidence.map((line) => `${visibleText(line)}\n`).join('')}
                </pre>
              )}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
