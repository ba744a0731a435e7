// The report says what the popup says, in the same order (issue 20.4): always a DKIM row, hops
// oldest first, and dates in UTC (readers in other time zones compare reports line by line).
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../lib/report';
import { utc } from '../../../lib/report/model';
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

  it('lists hops oldest first, the order the popup shows, with UTC dates', () => {
    const a = makeAnalysis();
    const md = renderReport(a, { format: 'md', redact: false });
    const section = md.slice(md.indexOf('## Hops'));
    expect(section).toContain('oldest first');
    const oldest = [...a.hops].sort((x, y) => y.index - x.index);
    const at = oldest.map((h) => section.indexOf(`| ${h.index} |`));
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
