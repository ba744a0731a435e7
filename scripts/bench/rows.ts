/** One benchmark figure: `value` measured side by side with `baseline`; ratio = value / baseline. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  /** What the baseline is and the goal, for the printed table. */
  note?: string;
}

export function row(
  name: string,
  value: number,
  unit: string,
  baseline: number | null,
  note?: string,
): BenchRow {
  const ratio = baseline ? Math.round((value / baseline) * 100) / 100 : null;
  return {
    name,
    value: Math.round(value * 100) / 100,
    unit,
    baseline: baseline === null ? null : Math.round(baseline * 100) / 100,
    ratio,
    note,
  };
}

export function formatTable(rows: BenchRow[]): string {
  const lines = ['| figure | value | baseline | ratio | note |', '|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.value.toLocaleString('en-US')} ${r.unit} | ${r.baseline === null ? '' : `${r.baseline.toLocaleString('en-US')} ${r.unit}`} | ${r.ratio === null ? '' : `${Math.round(r.ratio * 100) / 100}×`} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/** Median of n timed runs of fn, in ms. */
export async function median(n: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Medians of two functions measured side by side: each warmed up first (so neither is timed
 * while the JIT still compiles code they share), then run in alternation, so a noisy moment on
 * a shared machine falls on both rather than on one.
 */
export async function medianPair(
  n: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  warmup = Math.min(n, 10),
): Promise<[number, number]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const [fn, times] of i % 2
      ? ([
          [b, tb],
          [a, ta],
        ] as const)
      : ([
          [a, ta],
          [b, tb],
        ] as const)) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
  }
  const mid = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!;
  return [mid(ta), mid(tb)];
}
