// A worker thread of `headerlens inspect --jobs N` (bundled by scripts/build-cli.mjs to
// dist/headerlens-worker.mjs, next to the CLI). It analyses the messages the main thread sends
// and asks every DNS question of the main thread, whose one cache serves the whole batch.
import { parentPort, workerData } from 'node:worker_threads';
import { CachingResolver, DnsError } from '../../dns';
import type { TtlAnswer, TtlResolver } from '../../dns/resolver';
import { type Language, setLanguage } from '../../i18n';
import type { DnsAnswer, DnsErrorCode, RrType } from '../../types';
import { loadClassifier } from '../ip-data';
import { analyseJob, type Job } from './analyse';
import type { BatchSettings } from './settings';

export type ToWorker =
  | { t: 'job'; job: Job }
  | { t: 'dns'; id: number; answer: DnsAnswer; ttl: number; cached: boolean }
  | { t: 'dns-error'; id: number; code: DnsErrorCode; cached: boolean };
export type FromWorker =
  | { t: 'done'; seq: number; outcomes: Array<import('./format').Outcome> }
  | { t: 'dns'; id: number; name: string; type: RrType };

/** Questions go to the main thread's shared cache; answers come back by id. */
class ParentResolver implements TtlResolver {
  #next = 0;
  readonly #pending = new Map<
    number,
    { resolve: (a: TtlAnswer) => void; reject: (e: unknown) => void; name: string; type: RrType }
  >();
  constructor(private readonly post: (m: FromWorker) => void) {}
  async resolve(name: string, type: RrType): Promise<DnsAnswer> {
    return (await this.resolveWithTtl(name, type)).answer;
  }
  resolveWithTtl(name: string, type: RrType): Promise<TtlAnswer> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, name, type });
      this.post({ t: 'dns', id, name, type });
    });
  }
  answer(m: Extract<ToWorker, { t: 'dns' | 'dns-error' }>): void {
    const p = this.#pending.get(m.id);
    if (!p) return;
    this.#pending.delete(m.id);
    if (m.t === 'dns') p.resolve({ answer: m.answer, ttl: m.ttl, cached: m.cached });
    else p.reject(new DnsError(m.code, p.name, p.type, { cached: m.cached }));
  }
}

/** Registers the bundled catalogs (English needs none: lib/i18n/english.ts) and picks `lang`. */
async function useLanguage(lang: Language): Promise<void> {
  (await import('../../i18n/catalogs')).useBundledCatalogs();
  setLanguage(lang);
}

if (parentPort) {
  const port = parentPort;
  const settings = (workerData as { settings: BatchSettings }).settings;
  const post = (m: FromWorker) => port.postMessage(m);
  const parent = settings.offline ? undefined : new ParentResolver(post);
  // A mirror of the shared cache: a name this thread has had answered is not asked across
  // threads again (a postMessage each way per question was most of a worker's overhead). The main
  // thread's cache still asks every name of the batch once; answers keep their remaining TTL.
  const resolver = parent ? new CachingResolver(parent) : undefined;
  const classifier = loadClassifier();
  // --lang: this thread renders its messages' lines in that language (lib/cli/batch/words.ts).
  const language = settings.lang ? useLanguage(settings.lang) : Promise.resolve();
  port.on('message', async (m: ToWorker) => {
    if (m.t === 'job') {
      await language;
      const outcomes = await analyseJob(m.job, settings, resolver, await classifier);
      post({ t: 'done', seq: m.job.seq, outcomes });
    } else parent?.answer(m);
  });
}
