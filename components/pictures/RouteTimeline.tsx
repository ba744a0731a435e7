import { t } from '../../lib/i18n';
import { buildRouteTimeline, type RouteMark } from '../../lib/pictures/route-timeline';
import type { Analysis } from '../../lib/types';
import { visibleText } from '../format';
import { formatWait, formatWhen } from './format';

const MARK_LABEL: Record<RouteMark, () => string> = {
  origin: () => t('route_mark_origin'),
  internal: () => t('route_mark_internal'),
  'clock-skew': () => t('route_mark_clock_skew'),
  future: () => t('route_mark_future'),
  greylisting: () => t('route_mark_greylisting'),
  'long-wait': () => t('route_mark_long_wait'),
  'no-date': () => t('route_mark_no_date'),
};

const MARK_MEANING: Record<RouteMark, () => string> = {
  origin: () => t('route_meaning_origin'),
  internal: () => t('route_meaning_internal'),
  'clock-skew': () => t('route_meaning_clock_skew'),
  future: () => t('route_meaning_future'),
  greylisting: () => t('route_meaning_greylisting'),
  'long-wait': () => t('route_meaning_long_wait'),
  'no-date': () => t('route_meaning_no_date'),
};

function barTone(marks: RouteMark[]): string {
  if (marks.includes('clock-skew') || marks.includes('future')) return 'bad';
  if (marks.includes('greylisting') || marks.includes('long-wait')) return 'warn';
  return 'plain';
}

/**
 * The route as a timeline: one row per Received hop, oldest first (the order of the route list),
 * with a bar for its wait. It is a table, so a screen reader reads every bar's value and marks;
 * the bars themselves are decoration.
 */
export function RouteTimeline({ analysis }: { analysis: Analysis }) {
  const timeline = buildRouteTimeline(analysis);
  const seen = new Set(timeline.bars.flatMap((b) => b.marks));
  return (
    <section
      class="picture route-timeline"
      aria-labelledby="route-timeline-title"
      data-testid="route-timeline"
    >
      <h3 id="route-timeline-title">{t('route_title')}</h3>
      {timeline.bars.length === 0 ? (
        <p class="muted">{t('route_none')}</p>
      ) : (
        <>
          <p class="muted small">{t('route_intro')}</p>
          <table class="timeline" aria-labelledby="route-timeline-title">
            <thead>
              <tr>
                <th scope="col">{t('route_col_step')}</th>
                <th scope="col">{t('route_col_hop')}</th>
                <th scope="col">{t('route_col_received')}</th>
                <th scope="col">{t('route_col_wait')}</th>
                <th scope="col">{t('route_col_notes')}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.bars.map((b) => (
                <tr
                  key={b.index}
                  data-testid="route-bar"
                  data-marks={b.marks.join(' ')}
                  class={b.marks.includes('origin') ? 'origin-row' : undefined}
                >
                  <th scope="row">{b.step}</th>
                  <td class="hop-cell">
                    <span class="mono">{visibleText(b.from, 200)}</span>
                    {b.ip && <span class="mono muted"> [{visibleText(b.ip, 60)}]</span>}
                    <span class="muted"> → {visibleText(b.by ?? '?', 200)}</span>
                    {b.with && <span class="muted small"> ({visibleText(b.with, 40)})</span>}
                  </td>
                  <td class="time-cell">
                    {b.date ? (
                      <time dateTime={b.date}>{formatWhen(b.date)}</time>
                    ) : (
                      <span class="muted">—</span>
                    )}
                  </td>
                  <td class="wait-cell">
                    <span class="wait-track" aria-hidden="true">
                      <span
                        class={`wait-bar tone-${barTone(b.marks)}`}
                        style={{
                          width: `${Math.max(b.delaySeconds === null ? 0 : 3, Math.round(b.scale * 100))}%`,
                        }}
                      />
                    </span>
                    <span class="wait-text" data-testid="route-wait">
                      {b.delaySeconds === null ? '—' : formatWait(b.delaySeconds)}
                    </span>
                  </td>
                  <td class="marks-cell">
                    {b.marks.map((m) => (
                      <span key={m} class={`mark mark-${m}`} data-mark={m}>
                        {MARK_LABEL[m]()}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {timeline.totalSeconds !== null && (
            <p class="small" data-testid="route-total">
              {t('route_total', { duration: formatWait(timeline.totalSeconds) })}
            </p>
          )}
          {seen.size > 0 && (
            <dl class="legend small">
              {[...seen].map((m) => (
                <div key={m}>
                  <dt>
                    <span class={`mark mark-${m}`}>{MARK_LABEL[m]()}</span>
                  </dt>
                  <dd>{MARK_MEANING[m]()}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </section>
  );
}
