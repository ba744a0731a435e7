// The report says what the popup says, in the same order (issue 20.4): always a DKIM row, hops
// oldest first with the inspector's step numbers, and dates in UTC (readers in other time zones compare reports line by line).
import { describe, expect, it } from 'vitest';
import { buildRouteTimeline } from '../../../lib/pictures/route-timeline';
import { renderReport } from '../../../lib/report';
import { hopFrom, utc } from '../../../lib/report/model';
import { mdCell } from '../../../lib/report/sanitize';
import { makeAnalysis } from '../ext/make-analysis';

describe('report rows and order', () => {
  it('has a DKIM row even when the message carries no signature', () => {
    const a = makeAnalysis({ dkim: [] });
    a.provider = null;
    const text = renderReport(a, { format: 'text', redact: false });
    const dkim = text.split('\n').find((l) => /^\s*DKIM\b/.test(l));
    expect(dkim).toBeDefined();
    expect(dkim).toContain('no DKIM-Signature in the message');
    expect(dkim).toContain('none');
  });

  it('lists hops oldest first, numbered as the inspector route timeline numbers them, with UTC dates', () => {
    const a = makeAnalysis();
    // Whatever order the analysis keeps them in, the report follows the Received index (oldest first).
    a.hops = [...a.hops].reverse();
    const md = renderReport(a, { format: 'md', redact: false });
    const section = md.slice(md.indexOf('## Hops'));
    expect(section).toContain('oldest first');
    const timeline = buildRouteTimeline(a);
    expect(timeline.bars.length).toBeGreaterThan(1);
    const at = timeline.bars.map((b) => {
      const h = a.hops.find((x) => x.index === b.index)!;
      return section.indexOf(`| ${b.step} | ${mdCell(hopFrom(h))} |`);
    });
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(md).toContain(`Date: ${utc(a.date)}`);
    expect(md).not.toContain(a.date!);
  });

  it('formats UTC dates and keeps unparseable text as it is', () => {
    expect(utc('2026-03-03T11:00:05+01:00')).toBe('2026-03-03 10:00:05 UTC');
    expect(utc('not a date')).toBe('not a date');
    expect(utc(null)).toBe('');
  });
});
