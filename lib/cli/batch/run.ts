// `headerlens inspect` over many messages: outcomes printed as they finish, in input order, then
// the summary; --fail-on decides the exit status. Standard output carries only the chosen format
// (lines + summary, JSON Lines, CSV or one Markdown report); JSON Lines and CSV put the summary on
// standard error so the output parses as it is. The progress bar is drawn only on a terminal.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { SingleBar } from 'cli-progress';
import type { TtlResolver } from '../../dns/resolver';
import type { MemorySession } from '../../memory';
import type { Classifier } from '../../relay/classify';
import { UsageError } from '../usage';
import { CSV_COLUMNS, type Outcome } from './format';
import { runPool } from './pool';
import type { BatchSettings } from './settings';
import type { MessageSource } from './sources';
import { BatchSummary } from './summary';

export type FailOn = 'spoofed' | 'suspicious';

export interface BatchRun {
  sources: AsyncIterable<MessageSource>;
  settings: BatchSettings;
  jobs: number;
  resolver: TtlResolver | undefined;
  loadClassifier: () => Promise<Classifier | null>;
  failOn?: FailOn;
  /** `--memory`: compared with and learnt from in input order, one message at a time. */
  memory?: MemorySession;
}

function reaches(o: Outcome, failOn: FailOn | undefined): boolean {
  if (!failOn || !o.ok) return false;
  return o.digest.verdict === 'spoofed' || (failOn === 'suspicious' && o.digest.verdict === 'suspicious');
}

/** Markdown rows wait in a temporary file, so the report can open with the summary in bounded memory. */
class Spool {
  readonly #dir = mkdtempSync(join(tmpdir(), 'headerlens-report-'));
  readonly #file = join(this.#dir, 'rows.md');
  readonly #fd = openSync(this.#file, 'w+');
  write(s: string): void {
    writeSync(this.#fd, s);
  }
  /** Copies the rows to standard output and removes the file. */
  drain(): void {
    const buf = Buffer.allocUnsafe(1 << 16);
    let at = 0;
    for (
      let n = readSync(this.#fd, buf, 0, buf.length, at);
      n > 0;
      n = readSync(this.#fd, buf, 0, buf.length, at)
    ) {
      writeSync(1, buf.subarray(0, n));
      at += n;
    }
    this.close();
  }
  close(): void {
    try {
      closeSync(this.#fd);
    } catch {}
    rmSync(this.#dir, { recursive: true, force: true });
  }
}

/**
 * Peak memory that does not grow with the batch: V8 lets its old generation grow by a factor it
 * picks from the allocation rate, so a long batch (all garbage: 13 MB live after a full GC at
 * 1,000 messages and at 10,000) ended at 1.4× the peak of a short one. A fixed factor of 1.5
 * keeps 10,000 messages at 1.13× the peak of 1,000 (170 → 134 MB) for ~2 % more CPU
 * (`npm run bench`, batch rows). The flag is read at each full GC; worker threads share it.
 */
function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

/**
 * How much a function must run before V8 optimises it (its interrupt budget, counted in bytecode
 * run; V8's default is 67,584). A batch runs several hundred of the engine's functions once or a
 * few times per message: with the default most of them reach TurboFan within the first hundred
 * messages, and compiling them (on V8's own threads, CPU the batch pays) cost more than it saved
 * over a thousand messages. So a batch starts with a budget of 1,000,000 (what runs hot, the
 * parsers, hashing and the DKIM canonicaliser, is still optimised) and returns to V8's default
 * after its first 1,000 messages, for a long batch's steady state. Measured (`npm run bench`,
 * batch rows; README): 1,000 messages take about 30 % less CPU; 10,000 take the same time with
 * the default --jobs on two cores, and about 15 % longer with --jobs 1. HEADERLENS_JIT_BUDGET sets
 * the starting budget (the bench's baseline sets V8's default). Process-wide: worker threads share it.
 */
const JIT_BUDGET = 1_000_000;
const V8_BUDGET = 67_584;
const JIT_RELAX_AFTER = 1000;

/** Sets the batch's starting budget; the function returned counts messages and relaxes it. */
function tuneJit(): () => void {
  const env = Number(process.env.HEADERLENS_JIT_BUDGET);
  const budget = Number.isInteger(env) && env > 0 ? env : JIT_BUDGET;
  setFlagsFromString(`--interrupt-budget=${budget}`);
  let seen = 0;
  return () => {
    if (++seen === JIT_RELAX_AFTER && budget !== V8_BUDGET)
      setFlagsFromString(`--interrupt-budget=${V8_BUDGET}`);
  };
}

/** Characters of output lines held before they are written (lines of one loop turn go together). */
const OUT_CHUNK = 16_384;

export async function runBatch(run: BatchRun): Promise<number> {
  boundHeapGrowth();
  const jitTick = tuneJit();
  const { format } = run.settings;
  const summary = new BatchSummary(run.settings.lang);
  const spool = format === 'md' ? new Spool() : null;
  let found = 0;
  let failed = false;
  // `| head` closes the pipe early: stop quietly instead of failing with EPIPE.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(run.failOn && failed ? 1 : 0);
  });
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: 'inspect {bar} {value}/{total} messages | {eta_formatted} left',
        clearOnComplete: true,
        hideCursor: true,
        etaBuffer: 50,
      })
    : null;
  bar?.start(0, 0);
  if (format === 'csv') process.stdout.write(`${CSV_COLUMNS.join(',')}\r\n`);
  // Off a shared terminal, lines go out together: those finished in one turn of the event loop,
  // at most OUT_CHUNK characters at a time (a write per line was 1.3 % of a batch's CPU).
  let pending = '';
  let flushing = false;
  const flush = () => {
    flushing = false;
    if (!pending) return;
    const s = pending;
    pending = '';
    process.stdout.write(s);
  };
  const out = (s: string) => {
    if (bar && process.stdout.isTTY) {
      // Same terminal: clear the bar's line, print, let the bar redraw below.
      process.stderr.write('\r\x1b[2K');
      process.stdout.write(s);
      bar.render();
      return;
    }
    pending += s;
    if (pending.length >= OUT_CHUNK) flush();
    else if (!flushing) {
      flushing = true;
      setImmediate(flush);
    }
  };
  try {
    await runPool(run.sources, {
      ...(run.memory ? { memory: run.memory } : {}),
      jobs: run.jobs,
      settings: run.settings,
      resolver: run.resolver,
      loadClassifier: run.loadClassifier,
      onFound: () => bar?.setTotal(++found),
      onOutcome: (o) => {
        jitTick();
        summary.add(o);
        if (reaches(o, run.failOn)) failed = true;
        if (spool) spool.write(o.out);
        else out(o.out);
        bar?.increment();
      },
    });
  } catch (err) {
    spool?.close();
    throw err;
  } finally {
    flush();
    bar?.stop();
  }
  if (summary.total === 0) {
    spool?.close();
    throw new UsageError(
      'found no message in the inputs (directories are searched for .eml, .emlx and .mbox files)',
    );
  }
  if (spool) {
    process.stdout.write(summary.reportHead(new Date()));
    spool.drain();
  } else if (format === 'line') {
    process.stdout.write(summary.text());
  } else {
    process.stderr.write(summary.text().trimStart());
  }
  return failed ? 1 : 0;
}
