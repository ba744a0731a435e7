// The route timeline: the same hops in the same order as the route list, with clock skew, a
// greylisting deferral at the receiver's entry and long waits marked where an analyst looks.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { type ZoneData, ZoneResolver } from '../../../lib/dns';
import { buildRouteTimeline } from '../../../lib/pictures/route-timeline';
import type { Hop } from '../../../lib/types';
import { analystMessage } from '../../helpers/analyst-message';
import { makeAnalysis, makeFinding } from '../ext/make-analysis';

function hop(index: number, date: string | null, delaySeconds: number | null, over: Partial<Hop> = {}): Hop {
  return {
    index,
    helo: `h${index}.example`,
    rdns: null,
    ip: `192.0.2.${index + 1}`,
    by: `by${index}.example`,
    with: 'ESMTP',
    id: null,
    for: null,
    date,
    delaySeconds,
    internal: false,
    line: `Received: from h${index}.example by by${index}.example`,
    asn: null,
    org: null,
    hosting: null,
    esp: null,
    ...over,
  };
}

describe('buildRouteTimeline', () => {
  it('a real-shaped route: oldest hop first, skew on the sender side, greylisting at the entry, origin marked', async () => {
    const m = await analystMessage();
    const a = await analyzeMessage(m.raw, {
      resolver: new ZoneResolver(m.zone as ZoneData),
      trustedAuthservIds: [m.authservId],
    });
    const tl = buildRouteTimeline(a);
    // The route list (HopList) shows hops by descending index: the same order here.
    expect(tl.bars.map((b) => b.index)).toEqual(
      [...a.hops].sort((x, y) => y.index - x.index).map((h) => h.index),
    );
    expect(tl.bars.map((b) => b.step)).toEqual([1, 2, 3, 4]);
    expect(tl.bars.map((b) => [b.from, b.delaySeconds, b.marks])).toEqual([
      ['laptop.lan', null, ['internal']],
      ['submit.harbourfreight.example', -7, ['clock-skew']],
      ['out2.harbourfreight.example', 398, ['origin', 'greylisting']],
      ['mx.inbound.example', 1, ['internal']],
    ]);
    expect(a.origin.hopIndex).toBe(1);
    // 10:00:02 (earliest) to 10:06:41 (latest).
    expect(tl.totalSeconds).toBe(399);
    // The largest wait fills the bar; a 1 s wait is short on the log scale but visible.
    expect(tl.bars[2]!.scale).toBe(1);
    expect(tl.bars[3]!.scale).toBeGreaterThan(0);
    expect(tl.bars[3]!.scale).toBeLessThan(0.2);
  });

  it('greylisting needs the entry hop: the same 5-minute wait elsewhere is just a wait', () => {
    const a = makeAnalysis({
      hops: [
        hop(0, '2026-11-20T09:10:00Z', 300),
        hop(1, '2026-11-20T09:05:00Z', 2),
        hop(2, '2026-11-20T09:04:58Z', null),
      ],
      origin: { ...makeAnalysis().origin, hopIndex: 1 },
    });
    const marks = buildRouteTimeline(a).bars.map((b) => [b.index, b.marks]);
    expect(marks).toEqual([
      [2, []],
      [1, ['origin']],
      [0, []],
    ]);
  });

  it('a 1–30 min wait at the entry is greylisting; 45 min there is a long wait; the engine’s finding decides beyond that', () => {
    const at = (d: number, findings = makeAnalysis().findings) =>
      buildRouteTimeline(
        makeAnalysis({
          hops: [hop(0, '2026-11-20T09:00:00Z', d), hop(1, '2026-11-20T08:00:00Z', null)],
          origin: { ...makeAnalysis().origin, hopIndex: 0 },
          findings,
        }),
      ).bars[1]!.marks;
    expect(at(59)).toEqual(['origin']);
    expect(at(60)).toEqual(['origin', 'greylisting']);
    expect(at(1800)).toEqual(['origin', 'greylisting']);
    expect(at(2700)).toEqual(['origin', 'long-wait']);
    // The engine's greylisting rule (it also reads X-Greylist) marks a longer retry too.
    expect(at(2700, [makeFinding({ id: 'greylisting', severity: 'info' })])).toEqual([
      'origin',
      'greylisting',
    ]);
  });

  it('marks dates after the analysis, lines without a date, and draws nothing for an unknown wait', () => {
    const a = makeAnalysis({
      hops: [hop(0, '2027-01-01T00:00:00Z', 3), hop(1, null, null)],
      meta: { ...makeAnalysis().meta, analysedAt: '2026-11-20T10:00:05.000Z' },
    });
    const tl = buildRouteTimeline(a);
    expect(tl.bars[0]).toMatchObject({ index: 1, scale: 0, marks: ['origin', 'no-date'] });
    expect(tl.bars[1]!.marks).toContain('future');
    expect(tl.totalSeconds).toBeNull();
  });

  it('no Received headers: no bars', () => {
    expect(buildRouteTimeline(makeAnalysis({ hops: [] }))).toEqual({ bars: [], totalSeconds: null });
  });
});
