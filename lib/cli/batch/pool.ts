// Runs a batch's messages on --jobs N executors and hands the outcomes back in input order.
// This thread analyses too; N > 1 adds N - 1 worker threads (the bundled
// dist/headerlens-worker.mjs) as the work needs them, each with a few messages in flight so DNS waits overlap. Every DNS
// question, from any thread, goes through one CachingResolver here: one cache for the batch.
// Memory stays bounded: a message is read only when fewer than WINDOW are between it and the
// next one to print, so a slow message holds back at most WINDOW finished outcomes.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorCodeOf } from '../../dns';
import type { TtlResolver } from '../../dns/resolver';
import type { MemorySession } from '../../memory';
import type { Classifier } from '../../relay/classify';
import { analyseJob, type Job, problemLine } from './analyse';
import { type Outcome, renderProblem } from './format';
import type { BatchSettings } from './settings';
import type { MessageSource } from './sources';
import type { FromWorker, ToWorker } from './worker';

/** Messages in flight per executor: enough to overlap DNS round trips, few enough to stay fair. */
const PER_EXECUTOR = 8;

interface Executor {
  inflight: number;
  /** A job's outcomes: one, or one per attached message of a report (--attached). */
  run(job: Job & { bytes: Uint8Array }): Promise<Outcome[]>;
  close(): Promise<void>;
}

export interface PoolOptions {
  jobs: number;
  settings: BatchSettings;
  /** The batch's shared cache (undefined offline). */
  resolver: TtlResolver | undefined;
  loadClassifier: () => Promise<Classifier | null>;
  /** A message was found (for the progress bar's total). */
  onFound?: () => void;
  /** Called once per message (each attached message of a report with --attached), in input order. */
  onOutcome: (o: Outcome, seq: number) => void;
  /**
   * `--memory`: each message is compared with what the messages before it taught, so the batch
   * runs one message at a time in this thread (no workers, nothing in flight beside it).
   */
  memory?: MemorySession;
}

/**
 * `withWorkers`: this thread also answers worker threads. An analysis over a zone file or the
 * cache runs on microtasks alone, so without a turn of the event loop before each one this thread
 * ran all the messages it held to their end before it read a worker's DNS question or its "done"
 * (which deals it the next message): a worker of `--jobs 2` sat idle for 230-390 ms of a
 * 1,000-message batch, 55-125 ms with the turn (cpu profiles of four alternating pairs).
 */
function inProcess(o: PoolOptions, withWorkers: boolean): Executor {
  const classifier = o.loadClassifier();
  const ex: Executor = {
    inflight: 0,
    async run(job) {
      ex.inflight++;
      if (withWorkers) await new Promise<void>((r) => setImmediate(r));
      try {
        return await analyseJob(job, o.settings, o.resolver, await classifier, o.memory);
      } finally {
        ex.inflight--;
      }
    },
    async close() {},
  };
  return ex;
}

/** The worker script: next to the bundle (dist/headerlens.mjs → dist/headerlens-worker.mjs), or the source. */
export function workerScript(): string | null {
  const here = fileURLToPath(import.meta.url);
  // Bundled, this code sits in a chunk; the worker is named after the CLI's entry file.
  const entry = process.argv[1] ? resolve(process.argv[1]) : here;
  const file = here.endsWith('.mjs')
    ? entry.replace(/\.mjs$/, '-worker.mjs')
    : join(dirname(here), 'worker.ts');
  return existsSync(file) ? file : null;
}

function inWorker(o: PoolOptions, script: string): Executor {
  const worker = new Worker(script, { workerData: { settings: o.settings } });
  const pending = new Map<number, { job: Job; resolve: (x: Outcome[]) => void }>();
  const post = (m: ToWorker, transfer?: ArrayBuffer[]) => worker.postMessage(m, transfer);
  const failAll = (why: string) => {
    for (const [seq, p] of pending) {
      p.resolve([renderProblem(p.job, seq, problemLine({ kind: 'internal', message: why }), o.settings)]);
    }
    pending.clear();
    ex.inflight = 0;
    ex.dead = true;
  };
  worker.on('message', (m: FromWorker) => {
    if (m.t === 'done') {
      const p = pending.get(m.seq);
      pending.delete(m.seq);
      ex.inflight--;
      p?.resolve(m.outcomes);
    } else if (o.resolver) {
      o.resolver.resolveWithTtl(m.name, m.type).then(
        (r) => post({ t: 'dns', id: m.id, answer: r.answer, ttl: r.ttl, cached: r.cached === true }),
        (err: unknown) =>
          post({
            t: 'dns-error',
            id: m.id,
            code: errorCodeOf(err),
            cached: (err as { cached?: unknown })?.cached === true,
          }),
      );
    }
  });
  worker.on('error', (err) => failAll(`worker thread failed: ${err.message}`));
  worker.on('exit', (code) => {
    failAll(`worker thread exited (${code})`);
  });
  const ex: Executor & { dead: boolean } = {
    inflight: 0,
    dead: false,
    run(job) {
      ex.inflight++;
      // A buffer of its own, moved (not copied) to the worker.
      const b = job.bytes;
      const own = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : b.slice();
      return new Promise<Outcome[]>((resolve) => {
        pending.set(job.seq, { job, resolve });
        post({ t: 'job', job: { ...job, bytes: own } }, [own.buffer as ArrayBuffer]);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
  return ex;
}

export async function runPool(sources: AsyncIterable<MessageSource>, o: PoolOptions): Promise<void> {
  const jobs = o.memory ? 1 : o.jobs;
  const perExecutor = o.memory ? 1 : PER_EXECUTOR;
  const window = Math.max(1, jobs) * perExecutor * 2;
  const script = jobs > 1 ? workerScript() : null;
  if (jobs > 1 && !script) {
    process.stderr.write('headerlens: warning: the worker script is missing; analysing in one thread\n');
  }
  const executors: Array<Executor & { dead?: boolean }> = [];
  const maxExecutors = script ? jobs : 1;
  const done = new Map<number, Outcome[]>();
  let next = 1;
  let seq = 0;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const settle = (s: number, outcomes: Outcome[]) => {
    done.set(s, outcomes);
    while (done.has(next)) {
      for (const outcome of done.get(next)!) o.onOutcome(outcome, next);
      done.delete(next);
      next++;
    }
    signal();
  };
  const pick = (): Executor | null => {
    const live = executors.filter((e) => !e.dead);
    const idle = live.find((e) => e.inflight === 0);
    if (idle) return idle;
    if (live.length < maxExecutors) {
      // This thread is the first executor: a worker costs a second copy of the engine and its
      // start-up, so --jobs 2 is this thread and one worker, not two workers and an idle thread.
      const e = executors.length > 0 && script ? inWorker(o, script) : inProcess(o, script !== null);
      executors.push(e);
      return e;
    }
    const least = live.reduce((a, b) => (b.inflight < a.inflight ? b : a));
    return least.inflight < perExecutor ? least : null;
  };
  try {
    for await (const src of sources) {
      const s = ++seq;
      o.onFound?.();
      if ('problem' in src) {
        settle(s, [renderProblem(src, s, problemLine(src.problem), o.settings)]);
        continue;
      }
      let ex = s - next < window ? pick() : null;
      while (!ex) {
        await new Promise<void>((r) => {
          wake = r;
        });
        ex = s - next < window ? pick() : null;
      }
      ex.run({ ...src, seq: s }).then((outcomes) => settle(s, outcomes));
    }
    while (next <= seq) {
      await new Promise<void>((r) => {
        wake = r;
      });
    }
  } finally {
    await Promise.all(executors.map((e) => e.close()));
  }
}
