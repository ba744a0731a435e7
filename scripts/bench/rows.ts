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

/** The middle value (the upper one of an even count). Sorts `xs` in place. */
export function middle(xs: number[]): number {
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)]!;
}

/** Median of n timed runs of fn, in ms. */
export async function median(n: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return middle(times);
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
  const times = await timesPair(n, a, b, warmup);
  return [middle(times[0]), middle(times[1])];
}

/** Every time of `a` and of `b` (ms), both warmed up first, then run in alternation. */
export async function timesPair(
  n: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  warmup: number,
): Promise<[number[], number[]]> {
  const fns = [a, b];
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < n; i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const t = performance.now();
      await fns[k]!();
      times[k]!.push(performance.now() - t);
    }
  }
  return times;
}

/** Min / median / max of a sample, and the text the tables print for it. */
export function spread(xs: number[]): { min: number; median: number; max: number; text: string } {
  const s = [...xs].sort((a, b) => a - b);
  const min = s[0] ?? Number.NaN;
  const max = s[s.length - 1] ?? Number.NaN;
  const median = s[Math.floor(s.length / 2)] ?? Number.NaN;
  const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  return { min, median, max, text: `min ${f(min)} / median ${f(median)} / max ${f(max)} ms (n=${s.length})` };
}
